import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { findFreePort } from '../../../core/net/find-free-port.js';
import { decideEgress } from './decide-egress.js';

export type RenderLease = {
	/** The port the render's Remotion server must listen on (pass it as `port` to selectComposition, renderMedia, renderStill). */
	port: number;
	release: () => void;
};

export type EgressGuard = {
	/** The proxy every request of the render browser goes through (see writeSandboxedBrowserLauncher). */
	proxyUrl: string;
	/** Lets one render's pages load from its own server; `onBlocked` hears of anything else they try, once per URL. */
	openRender: (onBlocked: (url: string, reason: string) => void) => Promise<RenderLease>;
	close: () => Promise<void>;
};

const portOfReferrer = (req: http.IncomingMessage): number | null => {
	const referrer = req.headers.referer ?? req.headers.origin;
	if (!referrer) return null;
	try {
		return Number(new URL(referrer).port) || null;
	} catch {
		return null;
	}
};

/**
 * An HTTP proxy on loopback that the render browser is made to use for every request, loopback included: it forwards
 * what `decideEgress` allows and answers everything else 403 (CONNECT, WebSockets and other hosts always), so no prop
 * that slips past the schemas can make the browser read internal URLs into a video. The render the refused request
 * came from (told by its Referer's port) is told, and fails; with no Referer every render running then is told.
 */
export const startEgressGuard = async ({ assetPort }: { assetPort: number }): Promise<EgressGuard> => {
	const renders = new Map<number, (url: string, reason: string) => void>();
	const upstream = new http.Agent({ keepAlive: true });
	const refuse = (req: http.IncomingMessage, target: string, reason: string) => {
		const port = portOfReferrer(req);
		// A page of a render that has ended (its tab still closing) blames no one; with no Referer at all, every render does.
		const notified = port === null ? [...renders.values()] : [renders.get(port)].filter((notify) => notify !== undefined);
		for (const notify of notified) notify(target, reason);
	};

	const server = http.createServer((req, res) => {
		const target = req.url ?? '';
		const reason = decideEgress(req.method ?? 'GET', target, { assetPort, renderPorts: new Set(renders.keys()) });
		if (reason) {
			refuse(req, target, reason);
			res.writeHead(403, { 'content-type': 'text/plain' }).end('Refused by the Reelforge render sandbox');
			return;
		}
		const url = new URL(target);
		const { 'proxy-connection': _proxyConnection, ...headers } = req.headers;
		const forwarded = http.request(
			{ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: req.method, headers, agent: upstream },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			},
		);
		forwarded.on('error', () => res.destroy());
		res.on('close', () => forwarded.destroy());
		req.pipe(forwarded);
	});
	// HTTPS (CONNECT) and WebSockets (Upgrade) are never the render's own servers.
	const refuseTunnel = (req: http.IncomingMessage, socket: Socket) => {
		refuse(req, req.url ?? '', 'tunnels (HTTPS, WebSockets) are not allowed');
		socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
	};
	server.on('connect', refuseTunnel);
	server.on('upgrade', refuseTunnel);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		proxyUrl: `http://127.0.0.1:${port}`,
		openRender: async (onBlocked) => {
			let renderPort = await findFreePort();
			while (renders.has(renderPort)) renderPort = await findFreePort();
			const seen = new Set<string>();
			renders.set(renderPort, (url, reason) => {
				if (seen.has(url)) return;
				seen.add(url);
				onBlocked(url, reason);
			});
			return { port: renderPort, release: () => renders.delete(renderPort) };
		},
		close: () =>
			new Promise((resolve) => {
				upstream.destroy();
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
};
