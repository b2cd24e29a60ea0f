import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../core/config/load-config.js';
import type { WebhookJobData } from '../../core/contracts/webhook-job.js';
import type { Database } from '../../core/db/create-database.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { openMigratedDatabase } from '../../core/db/open-migrated-database.js';
import { createFileLinks } from '../../core/links/create-file-links.js';
import { createLogger } from '../../core/log/create-logger.js';
import { findFreePort } from '../../core/net/find-free-port.js';
import { type RunningRedis, startRedisServer } from '../../core/redis/start-redis-server.js';
import { enqueueWebhook } from '../../core/webhooks/enqueue-webhook.js';
import { listWebhookDeliveries } from '../../core/webhooks/list-webhook-deliveries.js';
import { notifyRenderFinished } from '../../core/webhooks/notify-render-finished.js';
import { openWebhookQueue } from '../../core/webhooks/open-webhook-queue.js';
import { resolveWebhookSecret, webhookSecretFileOf } from '../../core/webhooks/resolve-webhook-secret.js';
import { verifyWebhookSignature } from '../../core/webhooks/verify-webhook-signature.js';
import { startWebhookWorker, type WebhookWorker } from '../../workers/webhooks/start-webhook-worker.js';
import { makeTempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

const SECRET = 'whsec_test_0123456789abcdef';
const TIMEOUT_MS = 1500;

type Received = { path: string; headers: http.IncomingHttpHeaders; rawBody: string; hangingAtArrival: number };

/** A receiver on loopback: /ok answers 204, /flaky 500 twice then 200, /gone 410, /hang never answers its first request. */
const startReceiver = async () => {
	const received: Received[] = [];
	const hits = new Map<string, number>();
	let hanging = 0;
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://receiver');
			const hit = (hits.get(url.pathname) ?? 0) + 1;
			hits.set(url.pathname, hit);
			received.push({ path: url.pathname, headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8'), hangingAtArrival: hanging });
			if (url.pathname === '/flaky' && hit <= 2) return res.writeHead(500).end('database on fire');
			if (url.pathname === '/gone') return res.writeHead(410).end();
			if (url.pathname === '/hang' && hit === 1) {
				hanging++;
				res.on('close', () => hanging--);
				return;
			}
			res.writeHead(url.pathname === '/ok' ? 204 : 200).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: (pathname: string) => `http://127.0.0.1:${port}${pathname}`,
		received,
		of: (eventId: string) => received.filter((request) => request.headers['reelforge-event-id'] === eventId),
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
};

let home: string;
let redis: RunningRedis;
let config: Config;
let db: Database;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let webhookQueue: ReturnType<typeof openWebhookQueue>;
let worker: WebhookWorker;

beforeAll(async () => {
	home = makeTempDir('webhooks');
	redis = await startRedisServer({ dir: path.join(home, 'redis'), persistent: false });
	config = loadConfig({
		REELFORGE_HOME: home,
		REDIS_URL: redis.url,
		LOG_LEVEL: 'error',
		WEBHOOK_SIGNING_SECRET: SECRET,
		WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
		WEBHOOK_BACKOFF_MS: '50',
		WEBHOOK_ATTEMPTS: '4',
		// The receiver runs on loopback.
		OUTBOUND_ALLOWED_HOSTS: '127.0.0.1',
	});
	({ db } = await openMigratedDatabase(config.databaseUrl));
	receiver = await startReceiver();
	const logger = createLogger(config.logLevel, 'test');
	webhookQueue = openWebhookQueue(redis.url, logger);
	worker = await startWebhookWorker({ config, db, redisUrl: redis.url, logger });
});

afterAll(async () => {
	await worker?.close();
	await webhookQueue?.close();
	await receiver?.close();
	await db?.$disconnect();
	await redis?.stop();
});

const retry = () => ({ attempts: config.webhooks.attempts, backoffMs: config.webhooks.backoffMs });

const insertRender = async (fields: Partial<Prisma.RenderUncheckedCreateInput> = {}) => {
	const id = randomUUID();
	await db.render.create({ data: { workspaceId: 'default', id, template: 'captioned-clip', props: {}, ...fields } });
	return id;
};

const eventFor = (url: string, renderId?: string): WebhookJobData => ({
	eventId: `test.${randomUUID()}`,
	event: 'render.done',
	url,
	workspaceId: 'default',
	payload: { render: { id: renderId ?? 'r1', status: 'done' } },
	createdAt: new Date().toISOString(),
	...(renderId ? { renderId } : {}),
});

/** The scheme, written from its description with node:crypto alone, as a receiver would. */
const independentlyVerify = (secret: string, header: string, rawBody: string) => {
	const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
	const expected = createHmac('sha256', secret).update(`${parts.t}.${rawBody}`, 'utf8').digest();
	const given = Buffer.from(parts.v1 ?? '', 'hex');
	return { timestamp: Number(parts.t), valid: given.length === expected.length && timingSafeEqual(given, expected) };
};

describe('webhook signatures', () => {
	it('are verified by an independent implementation, and the verifier rejects tampering, a wrong secret and an old timestamp', async () => {
		const data = eventFor(receiver.url('/ok'));
		await enqueueWebhook(webhookQueue.queue, data, retry());
		const [request] = await waitFor('the event to arrive', () => receiver.of(data.eventId).length === 1 && receiver.of(data.eventId), 10_000);
		if (!request) throw new Error('unreachable');

		expect(request.headers['content-type']).toBe('application/json');
		expect(request.headers['reelforge-event']).toBe('render.done');
		expect(JSON.parse(request.rawBody)).toEqual({ id: data.eventId, type: 'render.done', createdAt: data.createdAt, data: data.payload });
		const header = String(request.headers['reelforge-signature']);
		expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
		const independent = independentlyVerify(SECRET, header, request.rawBody);
		expect(independent.valid).toBe(true);
		expect(Math.abs(Date.now() / 1000 - independent.timestamp)).toBeLessThan(30);
		expect(independentlyVerify('another secret', header, request.rawBody).valid).toBe(false);

		const check = (overrides: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
			verifyWebhookSignature({ secret: SECRET, body: request.rawBody, signatureHeader: header, ...overrides });
		expect(check({})).toEqual({ ok: true, timestampSeconds: independent.timestamp });
		expect(check({ body: Buffer.from(request.rawBody) }).ok).toBe(true);
		expect(check({ body: request.rawBody.replace('"done"', '"failed"') })).toEqual({ ok: false, reason: 'signature does not match' });
		expect(check({ secret: 'whsec_wrong' })).toEqual({ ok: false, reason: 'signature does not match' });
		expect(check({ nowSeconds: independent.timestamp + 301 })).toMatchObject({ ok: false, reason: expect.stringMatching(/more than 300 s/) });
		expect(check({ nowSeconds: independent.timestamp + 299 }).ok).toBe(true);
		// A replay with a fresh timestamp but the old signature: the timestamp is inside the HMAC.
		expect(check({ signatureHeader: header.replace(/t=\d+/, `t=${independent.timestamp + 1}`) }).ok).toBe(false);
		expect(check({ signatureHeader: undefined }).ok).toBe(false);
		expect(check({ signatureHeader: 'v1=abc' }).ok).toBe(false);
	});

	it('uses a secret made once and kept in $REELFORGE_HOME/webhook-secret, readable by its owner only, when none is configured', () => {
		const otherHome = makeTempDir('webhook-secret');
		const unset = { home: otherHome, webhooks: { ...config.webhooks, signingSecret: null } };
		const secret = resolveWebhookSecret(unset);
		expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
		expect(resolveWebhookSecret(unset)).toBe(secret);
		expect(fs.statSync(webhookSecretFileOf(otherHome)).mode & 0o777).toBe(0o600);
		expect(fs.readdirSync(otherHome)).toEqual(['webhook-secret']);
		expect(resolveWebhookSecret({ home: otherHome, webhooks: config.webhooks })).toBe(SECRET);
	});
});

describe('webhook delivery', () => {
	it('delivers to a receiver that fails twice on the third try, logging every attempt', async () => {
		const renderId = await insertRender();
		const data = eventFor(receiver.url('/flaky'), renderId);
		await enqueueWebhook(webhookQueue.queue, data, retry());
		const log = await waitFor('the third attempt to be logged', async () => {
			const rows = await listWebhookDeliveries(db, 'default', { renderId });
			return rows.length === 3 && rows;
		});
		expect(log.map(({ attempt, outcome, responseStatus }) => ({ attempt, outcome, responseStatus }))).toEqual([
			{ attempt: 1, outcome: 'failed', responseStatus: 500 },
			{ attempt: 2, outcome: 'failed', responseStatus: 500 },
			{ attempt: 3, outcome: 'delivered', responseStatus: 200 },
		]);
		// The status, never the receiver's body: a receiver's answer is not read back to whoever set the URL.
		expect(log[0]?.error).toBe('HTTP 500');
		expect(log[2]?.error).toBeNull();
		expect(log.every((row) => row.eventId === data.eventId && row.url === data.url && row.durationMs >= 0)).toBe(true);

		const requests = receiver.of(data.eventId);
		expect(requests).toHaveLength(3);
		// The same body every time, each attempt signed on its own.
		expect(new Set(requests.map((request) => request.rawBody)).size).toBe(1);
		for (const request of requests) expect(independentlyVerify(SECRET, String(request.headers['reelforge-signature']), request.rawBody).valid).toBe(true);
		const job = await webhookQueue.queue.getJob(data.eventId);
		expect(await job?.getState()).toBe('completed');
	});

	it('times out a receiver that hangs and retries it, delivering other events meanwhile', async () => {
		const renderId = await insertRender();
		const slow = eventFor(receiver.url('/hang'), renderId);
		await enqueueWebhook(webhookQueue.queue, slow, retry());
		await waitFor('the hanging request', () => receiver.of(slow.eventId).length === 1, 10_000);

		const other = eventFor(receiver.url('/ok'));
		await enqueueWebhook(webhookQueue.queue, other, retry());
		const [otherRequest] = await waitFor('the other event', () => receiver.of(other.eventId).length === 1 && receiver.of(other.eventId), 10_000);
		expect(otherRequest?.hangingAtArrival).toBe(1);

		const log = await waitFor('the retry to be logged', async () => {
			const rows = await listWebhookDeliveries(db, 'default', { renderId });
			return rows.length === 2 && rows;
		});
		expect(log.map(({ attempt, outcome, responseStatus }) => ({ attempt, outcome, responseStatus }))).toEqual([
			{ attempt: 1, outcome: 'failed', responseStatus: null },
			{ attempt: 2, outcome: 'delivered', responseStatus: 200 },
		]);
		expect(log[0]?.error).toBe(`Timed out after ${TIMEOUT_MS} ms`);
		expect(log[0]?.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
	});

	it('gives an event up at once when the receiver answers 410 Gone, and logs a refused connection as a failed attempt', async () => {
		const goneRender = await insertRender();
		const gone = eventFor(receiver.url('/gone'), goneRender);
		await enqueueWebhook(webhookQueue.queue, gone, retry());
		await waitFor('the event to be given up', async () => (await (await webhookQueue.queue.getJob(gone.eventId))?.getState()) === 'failed');
		expect((await listWebhookDeliveries(db, 'default', { renderId: goneRender })).map((row) => [row.attempt, row.outcome, row.responseStatus])).toEqual([
			[1, 'failed', 410],
		]);

		const closedRender = await insertRender();
		const closed = eventFor(`http://127.0.0.1:${await findFreePort()}/nobody-listens`, closedRender);
		await enqueueWebhook(webhookQueue.queue, closed, { attempts: 2, backoffMs: 50 });
		const log = await waitFor('both attempts', async () => {
			const rows = await listWebhookDeliveries(db, 'default', { renderId: closedRender });
			return rows.length === 2 && rows;
		});
		expect(log.map((row) => row.outcome)).toEqual(['failed', 'failed']);
		expect(log[0]?.error).toMatch(/ECONNREFUSED/);
	});
});

describe('notifyRenderFinished', () => {
	it('queues the event of a finished render once, with its output link, timings and metadata, and the batch event after its last render', async () => {
		const batchId = randomUUID();
		await db.batch.create({ data: { workspaceId: 'default', id: batchId, template: 'captioned-clip', rowCount: 2, webhookUrl: receiver.url('/ok') } });
		const finishedAt = new Date('2026-11-25T10:00:05.000Z');
		const timings = { voiceoverMs: 0, prepareMs: 10, bundleMs: 20, renderMs: 3000, uploadMs: 5 };
		const renderId = await insertRender({
			status: 'done',
			progress: 1,
			webhookUrl: receiver.url('/ok'),
			outputKey: 'renders/x.mp4',
			outputSizeBytes: 1234,
			encoder: 'libx264',
			width: 270,
			height: 480,
			fps: 30,
			durationInFrames: 60,
			attempts: 1,
			stageTimings: timings,
			metadata: { campaign: 'spring', ids: [1, 2] },
			batchId,
			batchRow: 0,
			variant: 'A',
			createdAt: new Date('2026-11-25T10:00:00.000Z'),
			startedAt: new Date('2026-11-25T10:00:01.000Z'),
			finishedAt,
		});
		const links = createFileLinks({ baseUrl: 'https://videos.example.com/', secret: 'link-secret', ttlSeconds: 3600 });
		const notice = { links, retry: retry() };
		const eventId = `render.${renderId}.done.${finishedAt.getTime()}`;
		expect(await notifyRenderFinished(db, webhookQueue.queue, renderId, notice)).toEqual([eventId]);
		// Announcing it again (another process, a repeated call) queues nothing new.
		await notifyRenderFinished(db, webhookQueue.queue, renderId, notice);

		const job = await webhookQueue.queue.getJob(eventId);
		expect(job?.data).toEqual({
			eventId,
			event: 'render.done',
			url: receiver.url('/ok'),
			workspaceId: 'default',
			renderId,
			createdAt: finishedAt.toISOString(),
			payload: {
				render: {
					id: renderId,
					template: 'captioned-clip',
					status: 'done',
					outputUrl: expect.stringMatching(/^https:\/\/videos\.example\.com\/files\/renders\/x\.mp4\?expires=\d+&signature=[\w-]+$/),
					outputSizeBytes: 1234,
					encoder: 'libx264',
					width: 270,
					height: 480,
					fps: 30,
					durationInFrames: 60,
					error: null,
					attempts: 1,
					timings,
					metadata: { campaign: 'spring', ids: [1, 2] },
					batchId,
					batchRow: 0,
					variant: 'A',
					createdAt: '2026-11-25T10:00:00.000Z',
					startedAt: '2026-11-25T10:00:01.000Z',
					finishedAt: finishedAt.toISOString(),
				},
			},
		});
		await waitFor('the render event to be delivered', async () =>
			(await listWebhookDeliveries(db, 'default', { renderId })).some((row) => row.outcome === 'delivered'),
		);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(receiver.of(eventId)).toHaveLength(1);

		const unfinished = await insertRender({ status: 'rendering', webhookUrl: receiver.url('/ok'), batchId, batchRow: 1 });
		expect(await notifyRenderFinished(db, webhookQueue.queue, unfinished, notice)).toEqual([]);
		const failedAt = new Date('2026-11-25T10:00:09.000Z');
		await db.render.update({ where: { id: unfinished }, data: { status: 'failed', error: 'Clip could not be fetched', finishedAt: failedAt } });
		const batchEventId = `batch.${batchId}.failed.${failedAt.getTime()}`;
		expect(await notifyRenderFinished(db, webhookQueue.queue, unfinished, notice)).toEqual([`render.${unfinished}.failed.${failedAt.getTime()}`, batchEventId]);

		const [batchRequest] = await waitFor('the batch event', () => receiver.of(batchEventId).length === 1 && receiver.of(batchEventId), 10_000);
		const batchEvent = JSON.parse(batchRequest?.rawBody ?? '{}');
		expect(batchEvent).toMatchObject({ type: 'batch.failed', data: { batch: { id: batchId, rowCount: 2, counts: { done: 1, failed: 1, cancelled: 0 } } } });
		expect(batchEvent.data.batch.renders).toEqual([
			{
				id: renderId,
				status: 'done',
				batchRow: 0,
				variant: 'A',
				error: null,
				outputUrl: expect.stringMatching(/^https:\/\/videos\.example\.com\/files\/renders\/x\.mp4\?expires=/),
			},
			{ id: unfinished, status: 'failed', batchRow: 1, variant: null, error: 'Clip could not be fetched', outputUrl: null },
		]);
		await waitFor('the batch delivery to be logged', async () => (await listWebhookDeliveries(db, 'default', { batchId })).length === 1);
		expect((await listWebhookDeliveries(db, 'default', { batchId })).map((row) => [row.event, row.outcome])).toEqual([['batch.failed', 'delivered']]);

		// Retried (renders.retry) and finished again: new events for the render and its batch, not duplicates of the first.
		const retriedAt = new Date('2026-11-25T11:00:00.000Z');
		await db.render.update({ where: { id: renderId }, data: { finishedAt: retriedAt } });
		expect(await notifyRenderFinished(db, webhookQueue.queue, renderId, notice)).toEqual([
			`render.${renderId}.done.${retriedAt.getTime()}`,
			`batch.${batchId}.failed.${retriedAt.getTime()}`,
		]);
	});

	it('queues nothing for a render without a webhook', async () => {
		const renderId = await insertRender({ status: 'done', outputKey: 'renders/y.mp4' });
		expect(
			await notifyRenderFinished(db, webhookQueue.queue, renderId, {
				links: createFileLinks({ baseUrl: 'http://x', secret: 's', ttlSeconds: 60 }),
				retry: retry(),
			}),
		).toEqual([]);
		expect(
			await notifyRenderFinished(db, webhookQueue.queue, 'no-such-render', {
				links: createFileLinks({ baseUrl: 'http://x', secret: 's', ttlSeconds: 60 }),
				retry: retry(),
			}),
		).toEqual([]);
	});
});
