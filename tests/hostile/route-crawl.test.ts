import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../server/root.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';

let stack: TestStack;
beforeAll(async () => {
	stack = await startTestStack({ worker: false, env: { REQUIRE_API_KEY: 'true' } });
});
afterAll(async () => {
	await stack?.stop();
});

/** What answers without a key on a server that requires keys, and why. Everything else must say 401. */
const PUBLIC_PROCEDURES = {
	'templates.list': 'which templates exist is not anyone’s work',
	'templates.get': 'the same, one template',
	'access.streamToken': 'answers null without a key; with one it stands for that key only',
};

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' | 'subscription' } }>);

const callWithoutKey = async (path: string, type: 'query' | 'mutation' | 'subscription') => {
	const url = `${stack.api.url}/trpc/${path}`;
	if (type === 'subscription') {
		// Over SSE the answer is 200 and the refusal is the stream's first event.
		const response = await fetch(`${url}?input=${encodeURIComponent('{}')}`, { headers: { accept: 'text/event-stream' }, signal: AbortSignal.timeout(5000) });
		const reader = response.body?.getReader();
		const first = reader ? new TextDecoder().decode((await reader.read()).value) : '';
		await reader?.cancel();
		return first.includes('"UNAUTHORIZED"') ? 401 : response.status;
	}
	const response =
		type === 'mutation'
			? await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
			: await fetch(`${url}?input=${encodeURIComponent('{}')}`);
	await response.body?.cancel();
	return response.status;
};

describe('every route without a key, when keys are required', () => {
	it('finds the procedures to crawl', () => {
		expect(procedures.length).toBeGreaterThan(40);
	});

	it.each(procedures.map(([path, procedure]) => [path, procedure._def.type] as const))('%s (%s) answers 401 unless documented public', async (path, type) => {
		const status = await callWithoutKey(path, type);
		if (path in PUBLIC_PROCEDURES) expect(status).not.toBe(401);
		else expect(status).toBe(401);
	});

	it.each([
		'/files/renders/some-render.mp4',
		'/files/samples/clip.mp4',
		'/files/voiceovers/v.wav',
		'/files/workspaces/acme/renders/x.mp4',
		'/batches/some-batch/outputs.zip',
		'/metrics',
	])('GET %s answers 401', async (path) => {
		const response = await fetch(`${stack.api.url}${path}`);
		expect(response.status).toBe(401);
		expect((await response.json()).error.code).toBe('UNAUTHORIZED');
	});

	it.each([
		['/healthz', 200],
		['/openapi.json', 200],
		['/studio/', 200],
		['/templates/quote-card/thumbnail.png', 200],
		// The one-time OAuth state stands in for a key: without it the callback refuses.
		['/oauth/youtube/callback?state=nope&code=x', 400],
	])('GET %s is public and answers %i', async (path, status) => {
		const response = await fetch(`${stack.api.url}${path}`);
		await response.body?.cancel();
		expect(response.status).toBe(status);
	});

	it('lets /metrics answer a Prometheus scrape with METRICS_TOKEN, or an operator key', async () => {
		const withToken = await startTestStack({ worker: false, env: { REQUIRE_API_KEY: 'true', METRICS_TOKEN: 'scrape-secret-123' } });
		try {
			expect((await fetch(`${withToken.api.url}/metrics`, { headers: { authorization: 'Bearer scrape-secret-123' } })).status).toBe(200);
			expect((await fetch(`${withToken.api.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
		} finally {
			await withToken.stop();
		}
	});
});
