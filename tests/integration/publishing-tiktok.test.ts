import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../core/log/create-logger.js';
import { type PublishWorker, startPublishWorker } from '../../workers/publish/start-publish-worker.js';
import { connectAccount } from '../support/connect-account.js';
import { type FakeTiktokServer, startFakeTiktokServer } from '../support/fake-tiktok-server.js';
import { makeDoneRender } from '../support/make-published-render.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { sha256Of, waitForPublication } from '../support/wait-for-publication.js';

const MB = 1024 * 1024;
let tiktok: FakeTiktokServer;
let stack: TestStack;
let worker: PublishWorker;
let accountId: string;

beforeAll(async () => {
	tiktok = await startFakeTiktokServer();
	stack = await startTestStack({
		worker: false,
		env: {
			...tiktok.env(),
			TIKTOK_CHUNK_BYTES: String(5 * MB),
			PUBLISH_POLL_MS: '50',
			PUBLISH_ATTEMPTS: '3',
			PUBLISH_BACKOFF_MS: '50',
			METRICS_POLL_MINUTES: '0',
		},
	});
	worker = await startPublishWorker({ config: stack.config, db: stack.db, redisUrl: stack.redis.url, logger: createLogger('error', 'test') });
	accountId = (await connectAccount(stack.client, 'tiktok')).account.id;
});
afterAll(async () => {
	await worker?.close();
	await stack?.stop();
	await tiktok?.close();
});

const finished = (id: string) => waitForPublication(stack.client, id);
const uploadOf = (publicationId: string) => {
	const publishIds = [...tiktok.uploads.values()].filter((upload) => upload.postInfo.title === publicationId);
	return publishIds;
};

describe('publishing to TikTok', () => {
	it('connects a TikTok account over OAuth and keeps its @handle for post links', async () => {
		const [account] = (await stack.client.accounts.list.query()).items;
		expect(account).toMatchObject({
			id: accountId,
			provider: 'tiktok',
			displayName: 'Fake Creator',
			handle: 'fakecreator',
			scopes: expect.arrayContaining(['video.publish']),
		});
	});

	it('posts a small video as one chunk, with SELF_ONLY when the creator offers it, and polls until PUBLISH_COMPLETE', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const created = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'tiktok', accountId, caption: 'small one' } });
		const publication = await finished(created.id);
		expect(publication).toMatchObject({ status: 'published', attempts: 1 });
		const [upload] = uploadOf('small one');
		expect(upload).toMatchObject({ count: 1, size: render.sizeBytes, postInfo: { privacy_level: 'SELF_ONLY' } });
		expect(tiktok.sha256Of(upload?.publishId ?? '')).toBe(sha256Of(render.path));
		expect(publication.url).toBe(`https://www.tiktok.com/@fakecreator/video/${publication.platformId}`);
		expect(tiktok.violations).toEqual([]);
	});

	it("uploads a video over 5 MB in chunks by TikTok's rules, the last chunk taking the remainder", async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir, { bitrate: '24M' });
		expect(render.sizeBytes).toBeGreaterThan(10 * MB);
		const created = await stack.client.publications.create.mutate({
			renderId: render.id,
			target: { kind: 'tiktok', accountId, caption: 'chunked one', privacyLevel: 'PUBLIC_TO_EVERYONE' },
		});
		const publication = await finished(created.id);
		expect(publication.status).toBe('published');
		const [upload] = uploadOf('chunked one');
		expect(upload?.chunkSize).toBe(5 * MB);
		expect(upload?.count).toBe(Math.floor(render.sizeBytes / (5 * MB)));
		expect(upload?.chunks.map((chunk) => chunk.length).slice(0, -1)).toEqual(Array((upload?.count ?? 1) - 1).fill(5 * MB));
		expect(tiktok.sha256Of(upload?.publishId ?? '')).toBe(sha256Of(render.path));
		expect(tiktok.violations).toEqual([]);
	});

	it('sends a video over 64 MB in several chunks of at most 64 MB even when TIKTOK_CHUNK_BYTES is above half its size', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		// 70 MB: over 64 MB, under 128 MB. The MP4 with trailing bytes is still one file to TikTok's upload.
		fs.appendFileSync(render.path, randomBytes(70_000_000 - render.sizeBytes));
		const violationsBefore = tiktok.violations.length;
		// A worker that takes 36 MiB chunks: more than half of 70 MB, so rounding down would leave one 70 MB chunk.
		await worker.close();
		worker = await startPublishWorker({
			config: { ...stack.config, publishing: { ...stack.config.publishing, tiktokChunkBytes: 36 * MB } },
			db: stack.db,
			redisUrl: stack.redis.url,
			logger: createLogger('error', 'test'),
		});
		try {
			const created = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'tiktok', accountId, caption: 'over 64 MB' } });
			const publication = await finished(created.id);
			expect(tiktok.violations.slice(violationsBefore)).toEqual([]);
			expect(publication).toMatchObject({ status: 'published', attempts: 1 });
			const [upload] = uploadOf('over 64 MB');
			expect(upload?.count).toBeGreaterThanOrEqual(2);
			expect(Math.max(...(upload?.chunks.map((chunk) => chunk.length) ?? []))).toBeLessThanOrEqual(64_000_000);
			expect(tiktok.sha256Of(upload?.publishId ?? '')).toBe(sha256Of(render.path));
		} finally {
			await worker.close();
			worker = await startPublishWorker({ config: stack.config, db: stack.db, redisUrl: stack.redis.url, logger: createLogger('error', 'test') });
		}
	});

	it('refreshes the access token on 401 access_token_invalid', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const refreshed = tiktok.tokens.counts.refreshed;
		tiktok.tokens.expireAll();
		const created = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'tiktok', accountId, caption: 'after refresh' } });
		expect((await finished(created.id)).status).toBe('published');
		expect(tiktok.tokens.counts.refreshed).toBe(refreshed + 1);
	});

	it('fails without retrying when the privacy level is not one the creator may use, or TikTok refuses the post', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const inits = tiktok.control.inits;
		const refused = await stack.client.publications.create.mutate({
			renderId: render.id,
			target: { kind: 'tiktok', accountId, caption: 'friends only', privacyLevel: 'MUTUAL_FOLLOW_FRIENDS' },
		});
		const failed = await finished(refused.id);
		expect(failed).toMatchObject({ status: 'failed', errorReason: 'rejected', attempts: 1 });
		expect(failed.error).toMatch(/"privacyLevel" must be one this creator may use \(PUBLIC_TO_EVERYONE, SELF_ONLY\)/);
		expect(tiktok.control.inits).toBe(inits);

		const other = await makeDoneRender(stack.db, stack.config.storageDir);
		tiktok.control.failProcessing = true;
		const created = await stack.client.publications.create.mutate({ renderId: other.id, target: { kind: 'tiktok', accountId, caption: 'bad file' } });
		const rejected = await finished(created.id);
		tiktok.control.failProcessing = false;
		expect(rejected).toMatchObject({ status: 'failed', errorReason: 'rejected', attempts: 1 });
		expect(rejected.error).toMatch(/file_format_check_failed/);
	});
});
