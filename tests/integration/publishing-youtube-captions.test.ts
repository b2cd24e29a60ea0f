import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../core/log/create-logger.js';
import { type PublishWorker, startPublishWorker } from '../../workers/publish/start-publish-worker.js';
import { connectAccount } from '../support/connect-account.js';
import { type FakeYoutubeServer, startFakeYoutubeServer } from '../support/fake-youtube-server.js';
import { makeDoneRender } from '../support/make-published-render.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';
import { waitForPublication } from '../support/wait-for-publication.js';

let youtube: FakeYoutubeServer;
let stack: TestStack;
let worker: PublishWorker;
let accountId: string;

beforeAll(async () => {
	youtube = await startFakeYoutubeServer();
	stack = await startTestStack({ worker: false, env: { ...youtube.env(), PUBLISH_ATTEMPTS: '3', PUBLISH_BACKOFF_MS: '50', METRICS_POLL_MINUTES: '0' } });
	worker = await startPublishWorker({ config: stack.config, db: stack.db, redisUrl: stack.redis.url, logger: createLogger('error', 'test') });
	accountId = (await connectAccount(stack.client, 'youtube')).account.id;
});
afterAll(async () => {
	await worker?.close();
	await stack?.stop();
	await youtube?.close();
});

const SRT = '1\n00:00:00,200 --> 00:00:01,400\n我们今天学习\n\n2\n00:00:01,500 --> 00:00:03,000\n如何制作短视频。\n';

/** A done render with an SRT and a WebVTT sidecar in storage, listed on it as a finished captioned render lists them. */
const captionedRender = async (language: string | null) => {
	const dir = makeTempDir('sidecars');
	const id = randomUUID();
	const files = [];
	for (const format of ['srt', 'vtt'] as const) {
		const key = `renders/${id}.${format}`;
		const file = path.join(dir, `captions.${format}`);
		fs.writeFileSync(file, format === 'srt' ? SRT : `WEBVTT\n\n00:00:00.200 --> 00:00:01.400\n我们今天学习\n`);
		await stack.storage.putFile(key, file);
		files.push({ format, key, language });
	}
	await makeDoneRender(stack.db, stack.config.storageDir, { fields: { id, captionFiles: files, captionsLanguage: language } });
	return { id };
};

describe('publishing captions to YouTube', () => {
	it("sends the render's SRT as the video's caption track with captions.insert, in the captions' language", async () => {
		const render = await captionedRender('zh');
		const created = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'youtube', accountId, title: 'Captioned' } });
		const publication = await waitForPublication(stack.client, created.id);
		expect(publication).toMatchObject({ status: 'published', error: null });
		expect(youtube.captions.get(publication.platformId ?? '')).toEqual([
			{ id: expect.stringMatching(/^cap_/), language: 'zh', name: 'Chinese', isDraft: false, text: SRT },
		]);
		const row = await stack.db.publication.findUniqueOrThrow({ where: { id: created.id } });
		expect(row.uploadState).toMatchObject({ captionTrackId: expect.stringMatching(/^cap_/) });
		expect(youtube.violations).toEqual([]);
	});

	it('uses the target’s captionLanguage, and sends no track when the target turns captions off', async () => {
		const unknown = await captionedRender(null);
		const named = await stack.client.publications.create.mutate({
			renderId: unknown.id,
			target: { kind: 'youtube', accountId, title: 'Named language', captionLanguage: 'zh-Hans' },
		});
		const published = await waitForPublication(stack.client, named.id);
		expect(youtube.captions.get(published.platformId ?? '')?.map((track) => track.language)).toEqual(['zh-Hans']);

		const off = await stack.client.publications.create.mutate({
			renderId: (await captionedRender('zh')).id,
			target: { kind: 'youtube', accountId, title: 'No captions', captions: false },
		});
		const plain = await waitForPublication(stack.client, off.id);
		expect(plain.status).toBe('published');
		expect(youtube.captions.has(plain.platformId ?? '')).toBe(false);
	});

	it('publishes the video and says why when the caption track cannot be sent (no language, a channel connected without the captions scope)', async () => {
		const unknown = await stack.client.publications.create.mutate({
			renderId: (await captionedRender(null)).id,
			target: { kind: 'youtube', accountId, title: 'No language' },
		});
		const withoutLanguage = await waitForPublication(stack.client, unknown.id);
		expect(withoutLanguage).toMatchObject({ status: 'published' });
		expect(withoutLanguage.error).toMatch(/without the caption track: its language is unknown \(set target\.captionLanguage\)/);

		youtube.control.grantedScopes = ['https://www.googleapis.com/auth/youtube.upload'];
		const created = await stack.client.publications.create.mutate({
			renderId: (await captionedRender('zh')).id,
			target: { kind: 'youtube', accountId, title: 'Old grant' },
		});
		const publication = await waitForPublication(stack.client, created.id);
		expect(publication).toMatchObject({ status: 'published', attempts: 1 });
		expect(publication.error).toMatch(/caption track was not uploaded: .*insufficientPermissions.*Reconnect the account/);
		expect(youtube.captions.has(publication.platformId ?? '')).toBe(false);
	});
});
