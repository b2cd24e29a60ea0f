import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { serveFile } from '../../../core/http/serve-file.js';

export type RenderAssetServer = {
	/** Its loopback port: the only one besides a render's own Remotion server that the render sandbox lets pages load from. */
	port: number;
	/** A loopback URL that serves `file` to the render's browser until `release` is called. */
	expose: (file: string) => { url: string; release: () => void };
	close: () => Promise<void>;
};

/** Serves fetched media to Chromium over loopback, with Range support so video can seek. */
export const serveRenderAssets = async (): Promise<RenderAssetServer> => {
	const files = new Map<string, string>();
	const server = http.createServer((req, res) => {
		const token = (req.url ?? '').split('/')[1] ?? '';
		const file = files.get(token);
		if (!file) {
			res.writeHead(404).end();
			return;
		}
		void serveFile(req, res, file);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (typeof address !== 'object' || !address) throw new Error('asset server has no address');
	return {
		port: address.port,
		expose: (file) => {
			const token = randomUUID();
			files.set(token, file);
			return {
				url: `http://127.0.0.1:${address.port}/${token}/${encodeURIComponent(path.basename(file))}`,
				release: () => files.delete(token),
			};
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
};
