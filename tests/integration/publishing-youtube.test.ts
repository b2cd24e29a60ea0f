import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../core/log/create-logger.js';
import { probeMedia } from '../../core/media/probe-media.js';
import { decryptToken } from '../../core/publishing/decrypt-token.js';
import { enqueuePublication } from '../../core/publishing/enqueue-publication.js';
import { openPublishQueue } from '../../core/publishing/open-publish-queue.js';
import { resolveTokenKey } from '../../core/publishing/resolve-token-key.js';
import { type PublishWorker, startPublishWorker } from '../../workers/publish/start-publish-worker.js';
import { connectAccount } from '../support/connect-account.js';
import { type FakeYoutubeServer, startFakeYoutubeServer } from '../support/fake-youtube-server.js';
import { makeDoneRender } from '../support/make-published-render.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';
import { waitFor } from '../support/wait-for.js';
import { sha256Of, waitForPublication } from '../support/wait-for-publication.js';

let youtube: FakeYoutubeServer;
let stack: TestStack;
let worker: PublishWorker;
let accountId: string;

beforeAll(async () => {
	youtube = await startFakeYoutubeServer();
	stack = await startTestStack({
		worker: false,
		env: { ...youtube.env(), YOUTUBE_UPLOAD_CHUNK_BYTES: String(256 * 1024), PUBLISH_ATTEMPTS: '3', PUBLISH_BACKOFF_MS: '50', METRICS_POLL_MINUTES: '0' },
	});
	worker = await startPublishWorker({ config: stack.config, db: stack.db, redisUrl: stack.redis.url, logger: createLogger('error', 'test') });
	accountId = (await connectAccount(stack.client, 'youtube')).account.id;
});
afterAll(async () => {
	await worker?.close();
	await stack?.stop();
	await youtube?.close();
});

const finished = (id: string) => waitForPublication(stack.client, id);

describe('YouTube accounts', () => {
	it('connects a channel over OAuth with PKCE, stores its tokens encrypted and never returns them', async () => {
		const accounts = (await stack.client.accounts.list.query()).items;
		expect(accounts).toEqual([
			expect.objectContaining({
				id: accountId,
				provider: 'youtube',
				displayName: 'Fake Channel',
				scopes: expect.arrayContaining(['https://www.googleapis.com/auth/youtube.upload']),
			}),
		]);
		expect(JSON.stringify(accounts)).not.toMatch(/ya29-/);
		const row = await stack.db.platformAccount.findUniqueOrThrow({ where: { id: accountId } });
		expect(row.accessTokenEncrypted).toMatch(/^v1\./);
		expect(row.accessTokenEncrypted).not.toMatch(/ya29-/);
		expect(decryptToken(resolveTokenKey(stack.config), row.accessTokenEncrypted, row.id)).toMatch(/^ya29-at-/);
		// The key was made on first use and kept beside the database, readable by its owner only.
		expect(fs.statSync(`${stack.home}/token-key`).mode & 0o777).toBe(0o600);
	});

	it('refuses a callback whose state was already used', async () => {
		const { callbackUrl } = await connectAccount(stack.client, 'youtube');
		const replay = await fetch(callbackUrl, { headers: { accept: 'application/json' } });
		expect(replay.status).toBe(400);
		expect(((await replay.json()) as { error: { message: string } }).error.message).toMatch(/"state" is unknown, expired or already used/);
		// Connecting the same channel again updated the account instead of adding one.
		expect((await stack.client.accounts.list.query()).items).toHaveLength(1);
	});
});

describe('publishing to YouTube', () => {
	it('uploads with the resumable protocol, resuming mid-file after the connection drops, with Shorts metadata, a schedule and a thumbnail', async () => {
		// Big enough for several 256 KiB chunks.
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		expect(render.sizeBytes).toBeGreaterThan(2 * 256 * 1024);
		youtube.control.dropNextUploadAfterBytes = 100_000;
		const uploadsBefore = youtube.control.uploads;
		const publishAt = new Date(Date.now() + 86_400_000).toISOString();
		const created = await stack.client.publications.create.mutate({
			renderId: render.id,
			target: {
				kind: 'youtube',
				accountId,
				title: 'Three facts about sharks',
				description: 'Shot in a pool',
				tags: ['sharks'],
				privacy: 'public',
				publishAt,
				thumbnailFrame: 30,
			},
		});
		const publication = await finished(created.id);
		expect(publication).toMatchObject({ status: 'published', attempts: 1, error: null });
		expect(youtube.control.uploads - uploadsBefore).toBe(1);
		const video = youtube.videos.get(publication.platformId ?? '');
		expect(video?.sha256).toBe(sha256Of(render.path));
		expect(publication.url).toBe(`https://www.youtube.com/shorts/${publication.platformId}`);
		// Vertical and under a minute: a Short. Scheduled: uploaded private with publishAt.
		expect(video?.metadata.snippet).toMatchObject({ title: 'Three facts about sharks #Shorts', description: 'Shot in a pool', tags: ['sharks'] });
		expect(video?.metadata.status).toMatchObject({ privacyStatus: 'private', publishAt });
		// The dropped request was followed by a status query and a PUT from exactly where the server said it was.
		const ranges = youtube.requests.filter((request) => request.method === 'PUT').map((request) => request.contentRange);
		expect(ranges).toContain(`bytes */${render.sizeBytes}`);
		expect(ranges.some((range) => range?.startsWith('bytes 100000-'))).toBe(true);
		expect(ranges.filter((range) => range?.startsWith('bytes 0-'))).toHaveLength(1);
		const thumbnail = youtube.thumbnails.get(publication.platformId ?? '');
		expect(thumbnail?.contentType).toBe('image/png');
		expect(thumbnail?.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(youtube.violations).toEqual([]);
	});

	it('refreshes the access token when YouTube answers 401, and carries on', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const before = await stack.db.platformAccount.findUniqueOrThrow({ where: { id: accountId } });
		const refreshed = youtube.tokens.counts.refreshed;
		youtube.tokens.expireAll();
		const created = await stack.client.publications.create.mutate({
			renderId: render.id,
			target: { kind: 'youtube', accountId, title: 'After a refresh', privacy: 'unlisted' },
		});
		const publication = await finished(created.id);
		expect(publication.status).toBe('published');
		expect(youtube.tokens.counts.refreshed).toBe(refreshed + 1);
		const after = await stack.db.platformAccount.findUniqueOrThrow({ where: { id: accountId } });
		expect(after.accessTokenEncrypted).not.toBe(before.accessTokenEncrypted);
		expect(youtube.violations).toEqual([]);
	});

	it('fails at once with the quota reason on 403 quotaExceeded, and publishes on a retry once the quota is back', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		youtube.control.quotaExceeded = true;
		const created = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'youtube', accountId, title: 'Over quota' } });
		const failed = await finished(created.id);
		expect(failed).toMatchObject({ status: 'failed', errorReason: 'quota', attempts: 1 });
		expect(failed.error).toMatch(/quotaExceeded.*No retry until the quota resets/);
		youtube.control.quotaExceeded = false;
		await stack.client.publications.retry.mutate({ id: created.id });
		const published = await finished(created.id);
		expect(published).toMatchObject({ status: 'published', attempts: 2 });
	});

	it('uploads the same render to the same channel once, however often it is published', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const uploadsBefore = youtube.control.uploads;
		const target = { kind: 'youtube' as const, accountId, title: 'Once only' };
		const [first, second] = await Promise.all([
			stack.client.publications.create.mutate({ renderId: render.id, target }),
			stack.client.publications.create.mutate({ renderId: render.id, target: { ...target, title: 'A new title is not a new upload' } }),
		]);
		expect(second.id).toBe(first.id);
		await finished(first.id);
		const third = await stack.client.publications.create.mutate({ renderId: render.id, target });
		expect(third).toMatchObject({ id: first.id, status: 'published' });
		// A duplicate job (a worker replaying it) finds the publication published and uploads nothing.
		const publishQueue = openPublishQueue(stack.redis.url, createLogger('error', 'test'));
		await enqueuePublication(publishQueue.queue, first.id, stack.config.publishing, { again: true });
		await waitFor('the duplicate job to complete', async () => (await (await publishQueue.queue.getJob(first.id))?.getState()) === 'completed', 10_000);
		await publishQueue.close();
		expect(youtube.control.uploads - uploadsBefore).toBe(1);
		const retry = await trpcErrorOf(stack.client.publications.retry.mutate({ id: first.id }));
		expect(retry.message).toMatch(/already published .*not uploaded again/);
		expect((await stack.client.publications.list.query({ renderId: render.id })).items).toHaveLength(1);
	});

	it('keeps asking for the upload status, with backoff, while the status query answers 5xx, and resumes where YouTube says', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const violationsBefore = youtube.violations.length;
		youtube.control.dropNextUploadAfterBytes = 100_000;
		youtube.control.statusQueryFaults = ['503', '503'];
		const requestsBefore = youtube.requests.length;
		const created = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'youtube', accountId, title: 'Status query 503' } });
		const publication = await finished(created.id);
		expect(publication).toMatchObject({ status: 'published', attempts: 1, error: null });
		expect(youtube.videos.get(publication.platformId ?? '')?.sha256).toBe(sha256Of(render.path));
		const ranges = youtube.requests.slice(requestsBefore).flatMap((request) => (request.method === 'PUT' ? [request.contentRange] : []));
		// Two refused status queries, a third that answered 308, then the upload went on from byte 100000.
		expect(ranges.filter((range) => range === `bytes */${render.sizeBytes}`)).toHaveLength(3);
		expect(ranges.some((range) => range?.startsWith('bytes 100000-'))).toBe(true);
		expect(youtube.control.statusQueryFaults).toEqual([]);
		expect(youtube.violations.slice(violationsBefore)).toEqual([]);
	});

	it('asks for the upload status again when the status query itself drops, instead of resending from the start of the chunk', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const violationsBefore = youtube.violations.length;
		youtube.control.dropNextUploadAfterBytes = 100_000;
		youtube.control.statusQueryFaults = ['drop'];
		const requestsBefore = youtube.requests.length;
		const created = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'youtube', accountId, title: 'Status query drop' } });
		const publication = await finished(created.id);
		expect(publication).toMatchObject({ status: 'published', attempts: 1, error: null });
		expect(youtube.videos.get(publication.platformId ?? '')?.sha256).toBe(sha256Of(render.path));
		const ranges = youtube.requests.slice(requestsBefore).flatMap((request) => (request.method === 'PUT' ? [request.contentRange] : []));
		expect(ranges.filter((range) => range?.startsWith('bytes 0-'))).toHaveLength(1);
		expect(ranges.filter((range) => range === `bytes */${render.sizeBytes}`)).toHaveLength(2);
		expect(youtube.violations.slice(violationsBefore)).toEqual([]);
	});

	it('refuses at create time, naming the field, a description over 5000 bytes of UTF-8 and tags over 500 characters as YouTube counts them', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		// 2501 characters, 5002 bytes.
		const longDescription = await trpcErrorOf(
			stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'youtube', accountId, title: 'Accents', description: 'é'.repeat(2501) } }),
		);
		expect(longDescription.data?.code).toBe('BAD_REQUEST');
		expect(longDescription.data?.issues).toEqual([
			{ path: 'target.description', message: 'must be at most 5000 bytes of UTF-8 (YouTube counts bytes), but is 5002' },
		]);
		// 479 characters joined with commas, 519 as YouTube counts them: each tag has a space, so it counts two quotes more.
		const spaced = Array.from({ length: 20 }, (_, index) => `spaced tag number ${String(index).padStart(2, '0')}xxx`);
		expect(spaced.join(',')).toHaveLength(479);
		const tags = await trpcErrorOf(
			stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'youtube', accountId, title: 'Tags', tags: spaced } }),
		);
		expect(tags.data?.issues).toEqual([
			{
				path: 'target.tags',
				message: 'must be at most 500 characters together as YouTube counts them (commas, and quotes around tags with spaces), but are 519',
			},
		]);
		expect((await stack.client.publications.list.query({ renderId: render.id })).items).toEqual([]);
	});

	it('publishes a description of exactly 5000 bytes and tags of exactly 500 characters as YouTube counts them', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir);
		const violationsBefore = youtube.violations.length;
		const description = 'é'.repeat(2500);
		// 19 tags of 22 characters with spaces (2 quotes each), one of 25 without, 19 commas: 19 * 24 + 25 + 19 = 500.
		const tags = [...Array.from({ length: 19 }, (_, index) => `spaced tag number ${String(index).padStart(2, '0')}xx`), 'x'.repeat(25)];
		const created = await stack.client.publications.create.mutate({
			renderId: render.id,
			target: { kind: 'youtube', accountId, title: 'At the limits', description, tags },
		});
		const publication = await finished(created.id);
		expect(publication).toMatchObject({ status: 'published', error: null });
		expect(youtube.videos.get(publication.platformId ?? '')?.metadata.snippet).toMatchObject({ description, tags });
		expect(youtube.violations.slice(violationsBefore)).toEqual([]);
	});

	it('keeps the custom thumbnail of a noisy frame under 2 MB by encoding it smaller, and sets it', async () => {
		// Lossy-looking grain at 720x1280: its PNG is about 2.7 MB, over what thumbnails.set takes.
		const render = await makeDoneRender(stack.db, stack.config.storageDir, { width: 720, height: 1280, seconds: 0.5, bitrate: '40M' });
		const violationsBefore = youtube.violations.length;
		const created = await stack.client.publications.create.mutate({
			renderId: render.id,
			target: { kind: 'youtube', accountId, title: 'Noisy thumbnail', thumbnailFrame: 0 },
		});
		const publication = await finished(created.id);
		expect(publication).toMatchObject({ status: 'published', error: null });
		const thumbnail = youtube.thumbnails.get(publication.platformId ?? '');
		expect(thumbnail?.bytes.length).toBeLessThanOrEqual(2_000_000);
		// The bundled ffprobe tells images by their extension.
		const file = path.join(stack.home, `thumbnail-${publication.id}.${thumbnail?.contentType === 'image/png' ? 'png' : 'jpg'}`);
		fs.writeFileSync(file, thumbnail?.bytes ?? Buffer.alloc(0));
		const probe = await probeMedia(file);
		expect(probe.video).toMatchObject({ codec: thumbnail?.contentType === 'image/png' ? 'png' : 'mjpeg' });
		expect(Math.max(probe.video?.width ?? 0, probe.video?.height ?? 0)).toBeGreaterThanOrEqual(640);
		expect(youtube.violations.slice(violationsBefore)).toEqual([]);
	});

	it('refuses to publish a render that is not done, naming the field', async () => {
		const render = await makeDoneRender(stack.db, stack.config.storageDir, { fields: { status: 'rendering' } });
		const error = await trpcErrorOf(
			stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'youtube', accountId, title: 'Too early' } }),
		);
		expect(error.data?.code).toBe('PRECONDITION_FAILED');
		expect(error.message).toMatch(/"renderId": render .* is rendering/);
	});
});
