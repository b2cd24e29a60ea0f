import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';
import { waitForRender } from '../support/wait-for-render.js';

let stack: TestStack;
let origin: http.Server;
let originBase = '';
const PUBLIC_URL = 'https://videos.example.com';

beforeAll(async () => {
	// A "clip" host that serves an HTML page, as a mistyped link or an expired CDN URL does.
	origin = http.createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>Sign in to continue</body></html>');
	});
	await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
	originBase = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
	stack = await startTestStack({ env: { PUBLIC_URL } });
});
afterAll(async () => {
	await stack?.stop();
	await new Promise((resolve) => origin?.close(resolve));
});

/** A request with a Host header of our choosing, as a browser tricked by DNS rebinding sends it. */
const withHost = (path: string, host: string) =>
	new Promise<{ status: number; body: string }>((resolve, reject) => {
		const request = http.get({ host: '127.0.0.1', port: Number(new URL(stack.api.url).port), path, headers: { host } }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => {
				body += chunk;
			});
			response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
		});
		request.on('error', reject);
	});

describe('what answers leak', () => {
	it('fails a render whose clip is an HTML page with one line a person can act on: no stack, no server paths', async () => {
		const render = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(`${originBase}/clip.mp4`, 1),
			output: { scale: 0.2 },
		});
		const failed = await waitForRender(stack.client, render.id);
		expect(failed.status).toBe('failed');
		expect(failed.error).toBe(`Media "${originBase}/clip.mp4" could not be loaded: it is not a video, image or audio file (it looks like an HTML page)`);
		expect(failed.error).not.toMatch(/\n|\/tmp\/|\/work\/|node_modules|ffprobe|at /);
	});

	it('builds every absolute URL from PUBLIC_URL, whatever Host the request sent', async () => {
		const render = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(stack.sampleClipSrc, 1),
			output: { scale: 0.2 },
		});
		const done = await waitForRender(stack.client, render.id);
		expect(done.outputUrl?.startsWith(`${PUBLIC_URL}/files/`)).toBe(true);
		const input = encodeURIComponent(JSON.stringify({ id: render.id }));
		const spoofed = await withHost(`/trpc/renders.get?input=${input}`, `127.0.0.1:${new URL(stack.api.url).port}`);
		expect(JSON.parse(spoofed.body).result.data.outputUrl.startsWith(`${PUBLIC_URL}/files/`)).toBe(true);
		const openApi = await withHost('/openapi.json', 'localhost');
		expect(JSON.parse(openApi.body).servers).toEqual([{ url: `${PUBLIC_URL}/trpc` }]);
	});

	it.each(['attacker.example', 'attacker.example:3000', '10.0.0.5', 'localhost.attacker.example'])(
		'answers a request for the host %s with 421 and nothing else (DNS rebinding)',
		async (host) => {
			const answer = await withHost('/trpc/renders.list', host);
			expect(answer.status).toBe(421);
			expect(answer.body).not.toContain('items');
			expect(JSON.parse(answer.body).error.message).toContain('ALLOWED_HOSTS');
		},
	);
});
