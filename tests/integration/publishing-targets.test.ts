import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../core/log/create-logger.js';
import { verifyWebhookSignature } from '../../core/webhooks/verify-webhook-signature.js';
import { type PublishWorker, startPublishWorker } from '../../workers/publish/start-publish-worker.js';
import { type FakeS3Server, startFakeS3Server } from '../support/fake-s3-server.js';
import { makeDoneRender } from '../support/make-published-render.js';
import { closeServer, listenOnLoopback, readRequestBody } from '../support/read-request-body.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';
import { waitForPublication } from '../support/wait-for-publication.js';

const SECRET = 'whsec_publish_test';
let s3: FakeS3Server;
let stack: TestStack;
let worker: PublishWorker;
let receiver: http.Server;
let receiverUrl: string;
const received: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
const hits = new Map<string, number>();

beforeAll(async () => {
	s3 = await startFakeS3Server();
	receiver = http.createServer((req, res) => {
		void readRequestBody(req).then((body) => {
			const path = req.url ?? '/';
			hits.set(path, (hits.get(path) ?? 0) + 1);
			received.push({ path, headers: req.headers, body: body.toString('utf8') });
			if (path === '/flaky' && hits.get(path) === 1) return res.writeHead(503).end('busy');
			if (path === '/missing') return res.writeHead(404).end('no such hook');
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `rcv-${hits.get(path)}`, url: 'https://cms.example.com/videos/1' }));
		});
	});
	receiverUrl = await listenOnLoopback(receiver);
	stack = await startTestStack({
		worker: false,
		env: { ...s3.env(), WEBHOOK_SIGNING_SECRET: SECRET, PUBLISH_ATTEMPTS: '3', PUBLISH_BACKOFF_MS: '50', METRICS_POLL_MINUTES: '0' },
	});
	worker = await startPublishWorker({ config: stack.config, db: stack.db, redisUrl: stack.redis.url, logger: createLogger('error', 'test') });
});
afterAll(async () => {
	await worker?.close();
	await stack?.stop();
	await s3?.close();
	if (receiver) await closeServer(receiver);
});

const finished = (id: string) => waitForPublication(stack.client, id);

describe('the webhook target', () => {
	it("posts a signed render.published event with a link to the video and records the receiver's id and link", async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const created = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'webhook', url: `${receiverUrl}/ok` } });
		const publication = await finished(created.id);
		expect(publication).toMatchObject({ status: 'published', platformId: 'rcv-1', url: 'https://cms.example.com/videos/1' });
		const [request] = received.filter((entry) => entry.path === '/ok');
		expect(request?.headers['reelforge-event']).toBe('render.published');
		expect(verifyWebhookSignature({ secret: SECRET, body: request?.body ?? '', signatureHeader: String(request?.headers['reelforge-signature']) }).ok).toBe(
			true,
		);
		const body = JSON.parse(request?.body ?? '{}');
		expect(body).toMatchObject({
			id: `publication.${created.id}`,
			type: 'render.published',
			data: { render: { id: render.id }, video: { sizeBytes: render.sizeBytes } },
		});
		// A signed link serves the very file without a key (PORT is 0 in tests, so the link's host is swapped for the API's real address).
		expect(body.data.video.url).toMatch(new RegExp(`/files/renders/${render.id}\\.mp4\\?expires=\\d+&signature=`));
		const video = await fetch(body.data.video.url.replace(/^http:\/\/[^/]+/, stack.api.url));
		expect(Buffer.from(await video.arrayBuffer()).equals(fs.readFileSync(render.path))).toBe(true);
	});

	it('retries a receiver that fails with 503, sending the same event id, and gives up at once on 404', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const flaky = await finished(
			(await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'webhook', url: `${receiverUrl}/flaky` } })).id,
		);
		expect(flaky).toMatchObject({ status: 'published', attempts: 2 });
		const ids = received.filter((entry) => entry.path === '/flaky').map((entry) => entry.headers['reelforge-event-id']);
		expect(ids).toEqual([`publication.${flaky.id}`, `publication.${flaky.id}`]);
		const missing = await finished(
			(await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'webhook', url: `${receiverUrl}/missing` } })).id,
		);
		expect(missing).toMatchObject({ status: 'failed', attempts: 1, errorReason: 'rejected' });
		expect(missing.error).toBe('The webhook answered HTTP 404');
	});
});

describe('the S3 target', () => {
	it('puts the video into the bucket with a valid SigV4 signature, byte for byte, once per render and key', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const created = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 's3' } });
		expect(created.target).toEqual({ kind: 's3', bucket: 'videos', key: `reelforge/${render.id}.mp4` });
		const publication = await finished(created.id);
		const stored = s3.objects.get(`videos/reelforge/${render.id}.mp4`);
		expect(stored?.bytes.equals(fs.readFileSync(render.path))).toBe(true);
		expect(stored).toMatchObject({ contentType: 'video/mp4', metadata: { 'reelforge-render-id': render.id, 'reelforge-publication-id': created.id } });
		expect(publication).toMatchObject({ status: 'published', platformId: createHash('md5').update(fs.readFileSync(render.path)).digest('hex') });
		expect(publication.url).toBe(`${s3.url}/videos/reelforge/${render.id}.mp4`);
		const again = await stack.client.publications.create.mutate({
			renderId: render.id,
			target: { kind: 's3', bucket: 'videos', key: `reelforge/${render.id}.mp4` },
		});
		expect(again.id).toBe(created.id);
		const custom = await finished((await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 's3', key: 'campaign/a b.mp4' } })).id);
		expect(custom.status).toBe('published');
		expect(s3.objects.has('videos/campaign/a b.mp4')).toBe(true);
		expect(s3.violations).toEqual([]);
	});

	it('fails without retrying when the bucket does not exist', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const publication = await finished(
			(await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 's3', bucket: 'no-such-bucket' } })).id,
		);
		expect(publication).toMatchObject({ status: 'failed', attempts: 1, errorReason: 'rejected' });
		expect(publication.error).toMatch(/NoSuchBucket/);
	});
});

describe('platform accounts without configuration', () => {
	it('says which variables to set instead of a consent URL, and lists no accounts', async () => {
		const error = await trpcErrorOf(stack.client.accounts.connectUrl.mutate({ provider: 'youtube' }));
		expect(error.data?.code).toBe('PRECONDITION_FAILED');
		expect(error.message).toBe('YouTube is not configured: set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET');
		expect((await stack.client.accounts.providers.query()).items).toEqual([
			{ provider: 'youtube', configured: false },
			{ provider: 'tiktok', configured: false },
		]);
		expect((await stack.client.accounts.list.query()).items).toEqual([]);
	});

	it('refuses a publication to an account that does not exist, naming the field', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const error = await trpcErrorOf(
			stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'tiktok', accountId: 'nope', caption: 'x' } }),
		);
		expect(error.data?.code).toBe('NOT_FOUND');
		expect(error.message).toBe('"target.accountId": no connected account \'nope\'');
	});
});
