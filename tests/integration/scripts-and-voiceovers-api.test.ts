import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';

let stack: TestStack;

beforeAll(async () => {
	stack = await startTestStack({ worker: false });
});
afterAll(async () => {
	await stack?.stop();
});

describe('voiceover previews', () => {
	it('speaks text with the offline voice, serves the audio, and reuses it the second time', async () => {
		const first = await stack.client.voiceovers.preview.mutate({ narration: { text: 'Hello from the *offline* voice.' } });
		expect(first.cacheHit).toBe(false);
		expect(first.words.map((word) => word.text)).toEqual(['Hello', 'from', 'the', 'offline', 'voice.']);
		expect(first.durationMs).toBeGreaterThan(1000);
		const audio = await fetch(first.audioUrl);
		expect(audio.status).toBe(200);
		expect(audio.headers.get('content-type')).toBe('audio/wav');
		expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(48_000);
		const second = await stack.client.voiceovers.preview.mutate({ narration: { text: 'Hello from the *offline* voice.' } });
		expect(second).toMatchObject({ id: first.id, cacheHit: true });
	});

	it('says which voice is not configured, and which script does not exist', async () => {
		const unconfigured = await trpcErrorOf(stack.client.voiceovers.preview.mutate({ narration: { text: 'Hi' }, voice: { provider: 'elevenlabs' } }));
		expect(unconfigured.data?.code).toBe('BAD_REQUEST');
		expect(unconfigured.message).toContain('set ELEVENLABS_API_KEY');
		const missing = await trpcErrorOf(
			stack.client.renders.create.mutate({
				template: 'captioned-clip',
				props: { background: { src: stack.sampleClipSrc }, captions: {} },
				narration: { scriptId: 'nope' },
			}),
		);
		expect(missing.data?.code).toBe('NOT_FOUND');
		expect(missing.message).toBe("No script 'nope'");
	});
});

describe('templates', () => {
	it('lists every template with its props as JSON Schema and a thumbnail that loads', async () => {
		const list = (await stack.client.templates.list.query()).items;
		expect(list.map((template) => template.id)).toEqual(['clip-story', 'faceless-narration', 'listicle', 'split-screen', 'quote-card', 'captioned-clip']);
		const listicle = await stack.client.templates.get.query({ id: 'listicle' });
		expect(listicle.propsJsonSchema).toMatchObject({ type: 'object', properties: { items: { type: 'array' } } });
		const thumbnail = await fetch(listicle.thumbnailUrl);
		expect(thumbnail.status).toBe(200);
		expect(thumbnail.headers.get('content-type')).toBe('image/png');
		const missing = await trpcErrorOf(stack.client.templates.get.query({ id: 'nope' }));
		expect(missing.data?.code).toBe('NOT_FOUND');
	});
});

describe('plain HTTP with an OpenAPI document', () => {
	it('describes the render operations and serves them to a client without tRPC', async () => {
		const doc = (await (await fetch(`${stack.api.url}/openapi.json`)).json()) as {
			openapi: string;
			servers: { url: string }[];
			paths: Record<string, unknown>;
		};
		expect(doc.openapi).toBe('3.1.0');
		expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/renders.create', '/renders.get', '/batches.create']));
		const api = doc.servers[0]?.url ?? '';
		const created = await fetch(`${api}/renders.create`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ template: 'quote-card', props: { quote: 'Plain HTTP works' } }),
		});
		expect(created.status).toBe(200);
		const { result } = (await created.json()) as { result: { data: { id: string; status: string } } };
		expect(result.data.status).toBe('queued');
		const got = await fetch(`${api}/renders.get?input=${encodeURIComponent(JSON.stringify({ id: result.data.id }))}`);
		expect(((await got.json()) as { result: { data: { id: string } } }).result.data.id).toBe(result.data.id);
		const bad = await fetch(`${api}/renders.create`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ template: 'quote-card', props: {} }),
		});
		expect(bad.status).toBe(400);
		expect(((await bad.json()) as { error: { data: { issues: { path: string }[] } } }).error.data.issues[0]?.path).toBe('props.quote');
	});

	it('describes the publishing and analytics procedures, and serves a query whose input may be left out', async () => {
		type Operation = { get?: { parameters: { required: boolean }[] }; post?: { requestBody: unknown } };
		const doc = (await (await fetch(`${stack.api.url}/openapi.json`)).json()) as { servers: { url: string }[]; paths: Record<string, Operation> };
		for (const procedure of ['accounts.list', 'accounts.providers', 'accounts.connectUrl', 'accounts.disconnect'])
			expect(doc.paths).toHaveProperty([`/${procedure}`]);
		for (const procedure of ['publications.create', 'publications.list', 'publications.get', 'publications.retry'])
			expect(doc.paths).toHaveProperty([`/${procedure}`]);
		for (const procedure of ['analytics.overview', 'analytics.render', 'analytics.batch', 'analytics.variants', 'analytics.compare']) {
			expect(doc.paths).toHaveProperty([`/${procedure}`]);
		}
		expect(doc.paths['/accounts.connectUrl']?.post?.requestBody).toBeDefined();
		expect(doc.paths['/analytics.compare']?.get?.parameters[0]?.required).toBe(true);
		expect(doc.paths['/analytics.overview']?.get?.parameters[0]?.required).toBe(false);
		const overview = await fetch(`${doc.servers[0]?.url}/analytics.overview`);
		expect(overview.status).toBe(200);
		const { result } = (await overview.json()) as { result: { data: { telemetry: { renders: number }; platforms: { connected: boolean } } } };
		expect(result.data.platforms.connected).toBe(false);
	});
});
