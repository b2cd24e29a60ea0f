import http from 'node:http';
import { closeServer, listenOnLoopback, readRequestBody } from './read-request-body.js';

export type ReceivedTranscription = {
	path: string;
	headers: http.IncomingHttpHeaders;
	fields: Record<string, string[]>;
	file: { name: string; type: string; bytes: number } | null;
};
export type ScriptedReply = { status: number; headers?: Record<string, string>; body: unknown };

/**
 * A loopback server for speech-to-text protocols that take a multipart upload: it parses the form as the real services
 * do (fields, the audio file) and answers from a script, one reply per request (the last one repeats). Requests without
 * a file or to another path are answered 400/404 and recorded in `violations`.
 */
export type FakeTranscriptionServer = Awaited<ReturnType<typeof startFakeTranscriptionServer>>;

export const startFakeTranscriptionServer = async ({ path: route, auth }: { path: string; auth: (headers: http.IncomingHttpHeaders) => boolean }) => {
	const received: ReceivedTranscription[] = [];
	const violations: string[] = [];
	let script: (ScriptedReply | ((request: ReceivedTranscription) => ScriptedReply))[] = [];
	const server = http.createServer((req, res) => {
		void (async () => {
			const body = await readRequestBody(req);
			const url = new URL(req.url ?? '/', 'http://fake');
			const send = ({ status, headers, body: reply }: ScriptedReply) =>
				res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof reply === 'string' ? reply : JSON.stringify(reply));
			if (req.method !== 'POST' || url.pathname !== route) {
				violations.push(`${req.method} ${url.pathname}`);
				return send({ status: 404, body: { error: { message: `No route ${req.method} ${url.pathname}` } } });
			}
			if (!auth(req.headers))
				return send({
					status: 401,
					body: {
						error: { message: 'Incorrect API key provided', code: 'invalid_api_key' },
						detail: { status: 'invalid_api_key', message: 'Invalid API key' },
					},
				});
			const form = await new Request('http://fake/', {
				method: 'POST',
				headers: { 'content-type': String(req.headers['content-type']) },
				body: new Uint8Array(body),
			}).formData();
			const fields: Record<string, string[]> = {};
			let file: ReceivedTranscription['file'] = null;
			for (const [name, value] of form.entries()) {
				if (typeof value === 'string') fields[name] = [...(fields[name] ?? []), value];
				else file = { name: value.name, type: value.type, bytes: value.size };
			}
			const request = { path: url.pathname, headers: req.headers, fields, file };
			received.push(request);
			if (!file || file.bytes === 0) {
				violations.push('request without an audio file');
				return send({ status: 400, body: { error: { message: 'file is required' } } });
			}
			const next = (script.length > 1 ? script.shift() : script[0]) ?? { status: 500, body: { error: { message: 'nothing scripted' } } };
			send(typeof next === 'function' ? next(request) : next);
		})().catch((error: unknown) => {
			violations.push(`handler crashed: ${String(error)}`);
			if (!res.headersSent) res.writeHead(500).end();
		});
	});
	const url = await listenOnLoopback(server);
	return {
		url,
		received,
		violations,
		answer: (...replies: typeof script) => {
			script = replies;
			received.length = 0;
		},
		close: () => closeServer(server),
	};
};
