import http from 'node:http';
import path from 'node:path';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { findTemplate } from '../compositions/template-registry.js';
import { projectRoot } from '../core/db/project-root.js';
import { serveFile } from '../core/http/serve-file.js';
import { STORAGE_KEY_PATTERN } from '../core/storage/storage-key.js';
import type { ServerContext } from './context.js';
import { serveBatchOutputsZip } from './batches/serve-batch-outputs-zip.js';
import { appRouter } from './root.js';

export type HttpServerDeps = Omit<ServerContext, 'baseUrl'>;

const sendJson = (res: http.ServerResponse, status: number, body: unknown) => {
	res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/** tRPC at /trpc, finished videos at /files/<key>, liveness at /healthz. */
export const createHttpServer = (deps: HttpServerDeps): http.Server => {
	const baseUrlOf = (req: http.IncomingMessage) =>
		deps.config.publicUrl?.replace(/\/$/, '') ?? `http://${req.headers.host ?? `${deps.config.host}:${deps.config.port}`}`;
	const trpc = createHTTPHandler({
		router: appRouter,
		basePath: '/trpc/',
		createContext: ({ req }) => ({ ...deps, baseUrl: baseUrlOf(req) }),
		onError: ({ error, path }) => {
			if (error.code === 'INTERNAL_SERVER_ERROR') deps.logger.error('request failed', { path, error: error.message });
		},
	});

	const serveOutput = async (req: http.IncomingMessage, res: http.ServerResponse, key: string) => {
		// Only finished outputs and stored voiceovers are served: never partial files, never anything else in storage.
		const servable =
			STORAGE_KEY_PATTERN.test(key) &&
			((await deps.db.render.count({ where: { outputKey: key, status: 'done' } })) > 0 || (await deps.db.voiceover.count({ where: { audioKey: key } })) > 0);
		if (!servable) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `No finished output '${key}'` } });
		return serveFile(req, res, deps.storage.pathOf(key));
	};

	return http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname.startsWith('/trpc/')) return trpc(req, res);
		if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
		const zip = /^\/batches\/([\w-]{1,100})\/outputs\.zip$/.exec(url.pathname);
		if (zip?.[1] && req.method === 'GET') {
			serveBatchOutputsZip(res, deps.db, deps.storage, zip[1]).catch((error: unknown) => {
				deps.logger.error('zip failed', { error: String(error) });
				res.destroy();
			});
			return;
		}
		const thumbnail = /^\/templates\/([a-z0-9-]+)\/thumbnail\.png$/.exec(url.pathname);
		if (thumbnail?.[1] && findTemplate(thumbnail[1])) {
			// Stills of the sample props, rendered by `npm run stills` and shipped in docs/templates/.
			void serveFile(req, res, path.join(projectRoot, 'docs', 'templates', `${thumbnail[1]}.png`));
			return;
		}
		if (url.pathname.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD')) {
			serveOutput(req, res, decodeURIComponent(url.pathname.slice('/files/'.length))).catch((error: unknown) => {
				deps.logger.error('file request failed', { error: String(error) });
				if (!res.headersSent) sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Could not read the file' } });
			});
			return;
		}
		sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `No route ${req.method} ${url.pathname}` } });
	});
};
