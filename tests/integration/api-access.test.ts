import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../client/create-api-client.js';
import { RENDER_QUEUE_NAME } from '../../core/contracts/render-backends.js';
import { renderJobDataSchema } from '../../core/contracts/render-job.js';
import { type RunningRedis, startRedisServer } from '../../core/redis/start-redis-server.js';
import type { ApiKeyScope } from '../../server/access/api-key-scopes.js';
import { createApiKey } from '../../server/access/create-api-key.js';
import { appRouter } from '../../server/root.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';
import { waitFor } from '../support/wait-for.js';

const STUDIO_ORIGIN = 'https://studio.example.com';
const MAX_BODY_BYTES = 64 * 1024;
const METRICS_TOKEN = 'metrics-token-for-the-scrape';

let stack: TestStack;
const secrets: Record<'admin' | 'render' | 'publish' | 'revoked', string> = { admin: '', render: '', publish: '', revoked: '' };

const makeKey = async (name: string, scopes: ApiKeyScope[], rateLimitPerMinute = 1000) =>
	(await createApiKey(stack.db, { workspaceId: 'default', name, scopes, rateLimitPerMinute })).secret;

beforeAll(async () => {
	stack = await startTestStack({
		worker: false,
		env: {
			REQUIRE_API_KEY: 'true',
			CORS_ORIGINS: `${STUDIO_ORIGIN},http://localhost:5173`,
			MAX_BODY_BYTES: String(MAX_BODY_BYTES),
			METRICS_TOKEN: METRICS_TOKEN,
		},
	});
	secrets.admin = await makeKey('admin', ['admin']);
	secrets.render = await makeKey('renderer', ['render']);
	secrets.publish = await makeKey('publisher', ['publish']);
	secrets.revoked = await makeKey('old', ['render']);
	const revokedId = (await stack.db.apiKey.findFirstOrThrow({ where: { name: 'old' } })).id;
	await createApiClient(stack.api.url, { apiKey: secrets.admin }).apiKeys.revoke.mutate({ id: revokedId });
});
afterAll(async () => {
	await stack?.stop();
});

const clientWith = (apiKey?: string) => createApiClient(stack.api.url, { apiKey });

/** POSTs `bytes` of JSON-ish body in chunks, with no Content-Length, and returns the answer. */
const postChunked = (url: string, bytes: number) =>
	new Promise<{ status: number; body: string }>((resolve, reject) => {
		const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
			let body = '';
			res.on('data', (chunk) => {
				body += chunk;
			});
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		// The server stops reading once it has answered; writes after that may fail, which is the point.
		req.on('error', (error) => (req.writableEnded ? undefined : reject(error)));
		const chunk = Buffer.alloc(16 * 1024, 'a');
		let sent = 0;
		const writeMore = () => {
			while (sent < bytes) {
				sent += chunk.length;
				if (!req.write(chunk)) return req.once('drain', writeMore);
			}
			req.end();
		};
		writeMore();
	});

describe('API keys', () => {
	it.each([
		{ case: 'no key', key: () => undefined, code: 'UNAUTHORIZED', status: 401, message: 'An API key is required: send Authorization: Bearer <key>' },
		{ case: 'a wrong key', key: () => `rf_${'x'.repeat(43)}`, code: 'UNAUTHORIZED', status: 401, message: 'The API key is not valid' },
		{ case: 'a revoked key', key: () => secrets.revoked, code: 'UNAUTHORIZED', status: 401, message: 'The API key has been revoked' },
		{ case: 'a key without the render scope', key: () => secrets.publish, code: 'FORBIDDEN', status: 403, message: "This API key lacks the 'render' scope" },
	])('refuses renders.list with $case ($status)', async ({ key, code, status, message }) => {
		const error = await trpcErrorOf(clientWith(key()).renders.list.query({}));
		expect(error.data?.code).toBe(code);
		expect(error.data?.httpStatus).toBe(status);
		expect(error.message).toBe(message);
	});

	it('refuses key management to keys without admin, and to calls without a key', async () => {
		expect((await trpcErrorOf(clientWith(secrets.render).apiKeys.list.query())).message).toBe("This API key lacks the 'admin' scope");
		expect((await trpcErrorOf(clientWith().apiKeys.create.mutate({ name: 'x', scopes: ['render'] }))).data?.code).toBe('UNAUTHORIZED');
		// A refused key is refused on public procedures too, rather than silently ignored.
		expect((await trpcErrorOf(clientWith(secrets.revoked).templates.list.query())).data?.code).toBe('UNAUTHORIZED');
	});

	it('lets a render key render, an admin key do anything, and anyone list templates; x-api-key works as well as Bearer', async () => {
		expect((await clientWith(secrets.render).renders.list.query({})).items).toEqual([]);
		expect((await clientWith(secrets.admin).scripts.list.query({})).items).toEqual([]);
		expect((await clientWith().templates.list.query()).items.length).toBeGreaterThan(0);
		const viaHeader = await fetch(`${stack.api.url}/trpc/renders.list?input=${encodeURIComponent('{}')}`, { headers: { 'x-api-key': secrets.render } });
		expect(viaHeader.status).toBe(200);
		const renderKey = await stack.db.apiKey.findFirstOrThrow({ where: { name: 'renderer' } });
		expect(renderKey.lastUsedAt).not.toBeNull();
	});

	it('checks the key on SSE subscriptions too', async () => {
		const id = randomUUID();
		await stack.db.render.create({ data: { workspaceId: 'default', id, template: 'captioned-clip', props: {}, status: 'done', progress: 1 } });
		const follow = (apiKey?: string) =>
			new Promise<string>((resolve) => {
				const subscription = clientWith(apiKey).renders.onProgress.subscribe(
					{ id },
					{
						onData: ({ data }) => {
							subscription.unsubscribe();
							resolve(data.status);
						},
						onError: (error) => resolve(error.data?.code ?? error.message),
					},
				);
			});
		expect(await follow(secrets.render)).toBe('done');
		expect(await follow()).toBe('UNAUTHORIZED');
	});

	it('creates keys whose secret is returned once and stored only as a hash, and lists them without secret or hash', async () => {
		const admin = clientWith(secrets.admin);
		const created = await admin.apiKeys.create.mutate({ name: 'ci', scopes: ['render', 'publish'], rateLimitPerMinute: 30 });
		expect(created.secret).toMatch(/^rf_[A-Za-z0-9_-]{43}$/);
		expect(created).toMatchObject({ name: 'ci', scopes: ['render', 'publish'], rateLimitPerMinute: 30, prefix: created.secret.slice(0, 10) });

		const row = await stack.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
		expect(row.hash).toBe(createHash('sha256').update(created.secret).digest('hex'));
		expect(JSON.stringify(row)).not.toContain(created.secret);
		const dbFiles = fs.readdirSync(stack.config.home).filter((name) => name.startsWith('reelforge.db'));
		expect(dbFiles.length).toBeGreaterThan(0);
		for (const file of dbFiles) expect(fs.readFileSync(path.join(stack.config.home, file)).includes(created.secret)).toBe(false);

		const listed = await admin.apiKeys.list.query();
		expect(listed.items.map((key) => key.id)).toContain(created.id);
		expect(JSON.stringify(listed)).not.toContain(created.secret);
		expect(JSON.stringify(listed)).not.toContain(row.hash);
		expect(Object.keys(listed.items[0] ?? {})).not.toContain('hash');

		expect((await clientWith(created.secret).renders.list.query({})).items).toBeDefined();
		const revoked = await admin.apiKeys.revoke.mutate({ id: created.id });
		expect(revoked.revokedAt).not.toBeNull();
		expect((await trpcErrorOf(clientWith(created.secret).renders.list.query({}))).data?.code).toBe('UNAUTHORIZED');
		expect((await trpcErrorOf(admin.apiKeys.revoke.mutate({ id: 'no-such-key' }))).data?.code).toBe('NOT_FOUND');
	});
});

describe('rate limits', () => {
	it('answers 429 with Retry-After once a key is over its limit per minute', async () => {
		const secret = await makeKey('limited', ['render'], 2);
		const client = clientWith(secret);
		await client.renders.list.query({});
		(await client.templates.list.query()).items;
		const error = await trpcErrorOf(client.renders.list.query({}));
		expect(error.data?.code).toBe('TOO_MANY_REQUESTS');
		expect(error.data?.httpStatus).toBe(429);
		expect(error.data?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
		expect(error.data?.retryAfterSeconds).toBeLessThanOrEqual(60);

		const response = await fetch(`${stack.api.url}/trpc/templates.list`, { headers: { authorization: `Bearer ${secret}` } });
		expect(response.status).toBe(429);
		const retryAfter = Number(response.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThanOrEqual(1);
		expect(retryAfter).toBeLessThanOrEqual(60);
		// Another key is not affected.
		expect((await clientWith(secrets.render).renders.list.query({})).items).toBeDefined();
	});
});

describe('HTTP limits and CORS', () => {
	it('answers 413 in the error shape for a body over MAX_BODY_BYTES, declared or streamed, and stores nothing', async () => {
		const before = await stack.db.render.count();
		const declared = await fetch(`${stack.api.url}/trpc/renders.create`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${secrets.render}` },
			body: JSON.stringify({ template: 'captioned-clip', props: { padding: 'x'.repeat(MAX_BODY_BYTES) } }),
		});
		expect(declared.status).toBe(413);
		expect(await declared.json()).toEqual({
			error: { code: 'PAYLOAD_TOO_LARGE', message: `The request body is over the ${MAX_BODY_BYTES}-byte limit (MAX_BODY_BYTES)` },
		});

		const streamed = await postChunked(`${stack.api.url}/trpc/renders.create`, 4 * MAX_BODY_BYTES);
		expect(streamed.status).toBe(413);
		expect(JSON.parse(streamed.body).error.code).toBe('PAYLOAD_TOO_LARGE');
		expect(await stack.db.render.count()).toBe(before);

		// A body under the limit still reaches tRPC.
		const small = await clientWith(secrets.render).scripts.create.mutate({
			language: 'en',
			hook: 'Small *enough*',
			beats: [{ text: 'Fine.' }],
			callToAction: 'Go.',
		});
		expect(small.id).toBeTruthy();
	});

	it('answers preflights from configured origins and refuses others', async () => {
		const preflight = (origin: string) =>
			fetch(`${stack.api.url}/trpc/renders.create`, {
				method: 'OPTIONS',
				headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
			});
		const allowed = await preflight(STUDIO_ORIGIN);
		expect(allowed.status).toBe(204);
		expect(allowed.headers.get('access-control-allow-origin')).toBe(STUDIO_ORIGIN);
		expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
		expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');

		const denied = await preflight('https://evil.example.com');
		expect(denied.status).toBe(403);
		expect(denied.headers.get('access-control-allow-origin')).toBeNull();
		expect((await denied.json()).error.code).toBe('FORBIDDEN');

		const simple = await fetch(`${stack.api.url}/trpc/templates.list`, { headers: { origin: 'http://localhost:5173' } });
		expect(simple.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
		const foreign = await fetch(`${stack.api.url}/trpc/templates.list`, { headers: { origin: 'https://evil.example.com' } });
		expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
	});
});

describe('/readyz and /metrics', () => {
	it('is ready once a render worker is connected besides Redis and the database, and not before or after', async () => {
		const readiness = async () => {
			const response = await fetch(`${stack.api.url}/readyz`);
			return { status: response.status, body: await response.json() };
		};
		const noWorker = {
			status: 503,
			body: { ok: false, redis: 'ok', database: 'ok', workers: 0, error: { code: 'SERVICE_UNAVAILABLE', message: 'Not ready: no render worker is connected' } },
		};
		// This stack runs no worker: renders would be accepted and stay queued.
		expect(await readiness()).toEqual(noWorker);

		// A BullMQ worker on the render queue, as `reelforge worker` connects; it never runs, so it takes no job.
		const connection = new Redis(stack.redis.url, { maxRetriesPerRequest: null });
		const worker = new Worker(RENDER_QUEUE_NAME, async () => {}, { connection, autorun: false });
		await worker.waitUntilReady();
		expect(await readiness()).toEqual({ status: 200, body: { ok: true, redis: 'ok', database: 'ok', workers: 1 } });
		await worker.close();
		connection.disconnect();
		expect(await readiness()).toEqual(noWorker);
	});

	it('exposes request, queue and render metrics in the Prometheus text format', async () => {
		const started = new Date(Date.now() - 10_000);
		const finished = new Date(started.getTime() + 4_000);
		const rows = [
			{ status: 'done', startedAt: started, finishedAt: finished, error: null },
			{ status: 'done', startedAt: started, finishedAt: new Date(started.getTime() + 2_000), error: null },
			{ status: 'failed', error: 'Media "storage:x.mp4" could not be loaded: no such file in storage' },
			{ status: 'failed', error: 'ElevenLabs quota exceeded' },
			{ status: 'failed', error: 'ffmpeg exited with code 1' },
		] as const;
		for (const row of rows) await stack.db.render.create({ data: { workspaceId: 'default', id: randomUUID(), template: 'captioned-clip', props: {}, ...row } });
		const data = renderJobDataSchema.parse({ renderId: randomUUID(), template: 'captioned-clip', props: {}, output: {} });
		await stack.queue.add('render', data, { priority: 5 });
		await stack.queue.add('render', { ...data, renderId: randomUUID() }, { delay: 60_000 });
		await trpcErrorOf(clientWith().renders.list.query({}));

		expect((await fetch(`${stack.api.url}/metrics`)).status).toBe(401);
		const response = await fetch(`${stack.api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
		const text = await response.text();
		const value = (series: string) => {
			const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
			return line === undefined ? undefined : Number(line.slice(series.length + 1));
		};
		for (const name of [
			'reelforge_http_requests_total',
			'reelforge_http_request_duration_seconds',
			'reelforge_queue_jobs',
			'reelforge_renders_total',
			'reelforge_render_duration_seconds',
			'reelforge_render_failures_total',
		]) {
			expect(text).toContain(`# TYPE ${name} `);
		}
		expect(value('reelforge_http_requests_total{route="/trpc/renders.list",status="401"}')).toBeGreaterThanOrEqual(1);
		expect(value('reelforge_http_requests_total{route="/readyz",status="200"}')).toBe(1);
		expect(value('reelforge_http_request_duration_seconds_count{route="/trpc/renders.list"}')).toBeGreaterThanOrEqual(1);
		expect(value('reelforge_http_request_duration_seconds_bucket{route="/trpc/renders.list",le="+Inf"}')).toBe(
			value('reelforge_http_request_duration_seconds_count{route="/trpc/renders.list"}'),
		);
		expect(value('reelforge_queue_jobs{state="waiting"}')).toBe(1);
		expect(value('reelforge_queue_jobs{state="delayed"}')).toBe(1);
		expect(value('reelforge_queue_jobs{state="active"}')).toBe(0);
		expect(value('reelforge_renders_total{status="failed"}')).toBe(3);
		// Two here, plus the one the SSE test made.
		expect(value('reelforge_renders_total{status="done"}')).toBe(3);
		expect(value('reelforge_render_duration_seconds_count')).toBe(2);
		expect(value('reelforge_render_duration_seconds_sum')).toBeCloseTo(6, 5);
		expect(value('reelforge_render_failures_total{reason="media"}')).toBe(1);
		expect(value('reelforge_render_failures_total{reason="voiceover"}')).toBe(1);
		expect(value('reelforge_render_failures_total{reason="other"}')).toBe(1);
		expect(value('reelforge_render_failures_total{reason="input"}')).toBe(0);
		expect(value('reelforge_metrics_source_up{source="queue"}')).toBe(1);
		// No secret ever appears in what the API exposes.
		for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
	});
});

describe('/readyz without Redis', () => {
	let own: TestStack;
	let restarted: RunningRedis | null = null;
	beforeAll(async () => {
		own = await startTestStack({ worker: false });
		// The stack's own queue view reconnects loudly while Redis is down; that is expected here.
		own.queue.on('error', () => {});
	});
	afterAll(async () => {
		await own?.stop();
		// own.stop() stops the Redis it started, which is gone by then; the restarted one is this test's to stop.
		await restarted?.stop();
	});

	it('answers 503 naming Redis while it is down, keeps serving reads, and recovers when it is back', async () => {
		await own.redis.stop();
		const down = await waitFor('readiness to fail', async () => {
			const response = await fetch(`${own.api.url}/readyz`);
			return response.status === 503 ? response : undefined;
		});
		const body = await down.json();
		expect(body).toMatchObject({ ok: false, redis: 'failed', database: 'ok', error: { code: 'SERVICE_UNAVAILABLE' } });
		expect(body.error.message).toContain('redis');
		// Rate limits cannot be counted without Redis; reads go on rather than fail.
		expect((await own.client.templates.list.query()).items.length).toBeGreaterThan(0);
		const metrics = await (await fetch(`${own.api.url}/metrics`)).text();
		expect(metrics).toContain('reelforge_metrics_source_up{source="queue"} 0');

		restarted = await startRedisServer({ dir: path.join(own.home, 'redis'), persistent: false, port: own.redis.port });
		const recovered = await waitFor(
			'Redis to pass the readiness check again',
			async () => {
				const response = await fetch(`${own.api.url}/readyz`);
				const answer = await response.json();
				return answer.redis === 'ok' ? { status: response.status, answer } : undefined;
			},
			20_000,
			200,
		);
		// This stack runs no render worker, so the answer is "not ready", now for that reason alone.
		expect(recovered).toEqual({
			status: 503,
			answer: {
				ok: false,
				redis: 'ok',
				database: 'ok',
				workers: 0,
				error: { code: 'SERVICE_UNAVAILABLE', message: 'Not ready: no render worker is connected' },
			},
		});
	});
});

describe('every route and its scope', () => {
	// Procedures anyone may call; every other one needs a scope.
	const open = new Set(['templates.list', 'templates.get', 'access.streamToken']);
	// Keys and (for operators) workspaces themselves; a render key is refused too.
	const adminOnly = (name: string) => name.startsWith('apiKeys.') || (name.startsWith('workspaces.') && name !== 'workspaces.current');
	// Connecting accounts and publishing take the publish scope; everything else (analytics included) the render scope.
	const publishScoped = (name: string) => name.startsWith('accounts.') || name.startsWith('publications.');
	const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' | 'subscription' } }>);

	const call = async (name: string, type: string, key: string) => {
		const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
		const url = `${stack.api.url}/trpc/${name}`;
		const response =
			type === 'mutation'
				? await fetch(url, { method: 'POST', headers, body: '{}' })
				: await fetch(`${url}?input=${encodeURIComponent('{}')}`, {
						headers: { ...headers, accept: type === 'subscription' ? 'text/event-stream' : 'application/json' },
					});
		const status = response.status;
		await response.body?.cancel();
		return status;
	};

	it('lists every procedure of the router here', () => {
		expect(procedures.length).toBe(56);
	});

	it.each(procedures.map(([name, procedure]) => [name, procedure._def.type] as const))('%s (%s) refuses a key without its scope', async (name, type) => {
		if (open.has(name)) {
			expect(await call(name, type, secrets.publish)).not.toBe(403);
			return;
		}
		if (type === 'subscription') {
			// Over SSE the refusal arrives as the stream's error.
			const error = await new Promise<unknown>((resolve) => {
				const subscription = createApiClient(stack.api.url, { apiKey: secrets.publish }).renders.onProgress.subscribe(
					{ id: 'x' },
					{
						onError: (caught) => {
							subscription.unsubscribe();
							resolve(caught);
						},
					},
				);
			});
			expect((error as { data?: { code?: string } }).data?.code).toBe('FORBIDDEN');
			return;
		}
		if (publishScoped(name)) {
			expect(await call(name, type, secrets.render)).toBe(403);
			expect(await call(name, type, secrets.publish)).not.toBe(403);
			return;
		}
		// A publish-only key has neither render nor admin scope.
		expect(await call(name, type, secrets.publish)).toBe(403);
		if (adminOnly(name)) expect(await call(name, type, secrets.render)).toBe(403);
	});

	it('never writes a key to the log', async () => {
		const lines: string[] = [];
		const write = process.stderr.write.bind(process.stderr);
		process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
			lines.push(String(chunk));
			return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
		}) as typeof process.stderr.write;
		try {
			await call('renders.create', 'mutation', secrets.render);
			await call('renders.get', 'query', `${secrets.render}x`);
			await call('apiKeys.list', 'query', secrets.render);
		} finally {
			process.stderr.write = write;
		}
		const logged = lines.join('');
		for (const secret of Object.values(secrets)) expect(logged).not.toContain(secret);
	});
});
