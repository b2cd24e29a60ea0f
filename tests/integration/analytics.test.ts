import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_SCHEDULER_ID } from '../../core/contracts/publish-job.js';
import { createLogger } from '../../core/log/create-logger.js';
import { createOutboundPolicy } from '../../core/net/create-outbound-policy.js';
import { openPublishQueue } from '../../core/publishing/open-publish-queue.js';
import { resolveTokenKey } from '../../core/publishing/resolve-token-key.js';
import { collectMetrics } from '../../workers/publish/metrics/collect-metrics.js';
import { type PublishWorker, startPublishWorker } from '../../workers/publish/start-publish-worker.js';
import { connectAccount } from '../support/connect-account.js';
import { type FakeTiktokServer, startFakeTiktokServer } from '../support/fake-tiktok-server.js';
import { type FakeYoutubeServer, startFakeYoutubeServer } from '../support/fake-youtube-server.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';

let youtube: FakeYoutubeServer;
let tiktok: FakeTiktokServer;
let stack: TestStack;
let worker: PublishWorker;
const batchId = randomUUID();
const firstOfA = { renderId: '', publicationId: '' };
const logger = createLogger('error', 'test');

// Views of the videos of each hook: A clearly ahead with six videos each; two long clip-story videos that do well but are too few to judge.
const HOOK_A_VIEWS = [900, 950, 1000, 1050, 1100, 1000];
const HOOK_B_VIEWS = [400, 420, 380, 410, 390, 400];
const CLIP_STORY_VIEWS = [5000, 7000];

const narrationProps = (interrupts: Record<string, string | number>) => ({ backgrounds: [{ type: 'gradient' }], captions: { words: [] }, interrupts });

const insertRender = async (fields: Record<string, unknown>) => {
	const id = randomUUID();
	await stack.db.render.create({
		data: { workspaceId: 'default', id, template: 'faceless-narration', props: narrationProps({ mode: 'off' }), fps: 30, durationInFrames: 600, ...fields },
	});
	return id;
};

beforeAll(async () => {
	youtube = await startFakeYoutubeServer();
	tiktok = await startFakeTiktokServer();
	stack = await startTestStack({ worker: false, env: { ...youtube.env(), ...tiktok.env(), METRICS_POLL_MINUTES: '60' } });
	worker = await startPublishWorker({ config: stack.config, db: stack.db, redisUrl: stack.redis.url, logger });
	await stack.db.batch.create({ data: { workspaceId: 'default', id: batchId, template: 'faceless-narration', rowCount: 12 } });
	// Recorded telemetry, as workers leave it: 12 done renders in an A/B batch, 2 done clip-story renders, 2 failures.
	for (const [index, variant] of [...Array(6).fill('hook-a'), ...Array(6).fill('hook-b')].entries()) {
		const id = await insertRender({
			status: 'done',
			batchId,
			batchRow: index,
			variant,
			props: narrationProps(variant === 'hook-a' ? { mode: 'interval', intervalSeconds: 1 } : { mode: 'off' }),
			stageTimings: { voiceoverMs: 200, prepareMs: 50, bundleMs: 10, renderMs: 1000 * (index + 1), uploadMs: 5 },
			encoder: index % 4 === 0 ? 'h264_nvenc' : 'libx264',
		});
		if (index === 0) firstOfA.renderId = id;
	}
	const clipStory = [await insertRender({ status: 'done', template: 'clip-story', backend: 'lambda', costEstimateUsd: 0.0125, encoder: 'libx264' })];
	clipStory.push(await insertRender({ status: 'done', template: 'clip-story', backend: 'lambda', costEstimateUsd: 0.0075, encoder: 'libx264' }));
	await insertRender({ status: 'failed', error: 'Media "https://x.test/a.mp4" could not be loaded: HTTP 404' });
	await insertRender({ status: 'failed', error: 'Invalid props for faceless-narration: captions.words.0.endMs: too small' });
	void clipStory;
});
afterAll(async () => {
	await worker?.close();
	await stack?.stop();
	await youtube?.close();
	await tiktok?.close();
});

describe('analytics without a connected platform', () => {
	it('reports render telemetry but says plainly that there are no platform numbers', async () => {
		const overview = await stack.client.analytics.overview.query({});
		expect(overview.telemetry).toMatchObject({
			renders: 16,
			byStatus: { done: 14, failed: 2 },
			failuresByReason: { media: 1, input: 1 },
			backends: { local: 14, lambda: 2 },
			encoders: { libx264: 11, h264_nvenc: 3 },
			cost: { totalUsd: 0.02, rendersWithEstimate: 2 },
		});
		// renderMs of the batch: 1000 … 12000, median 6500; p90 by linear interpolation between ranks.
		expect(overview.telemetry.stageTimingsMs.renderMs).toMatchObject({ n: 12, median: 6500, p90: 10_900, min: 1000, max: 12_000 });
		expect(overview.telemetry.stageTimingsMs.voiceoverMs).toMatchObject({ n: 12, median: 200 });
		// 600 frames in 1 s of render stage is 600 fps; in 12 s, 50.
		expect(overview.telemetry.renderFps).toMatchObject({ n: 12, max: 600, min: 50 });
		const notConnected = { connected: false, reason: expect.stringMatching(/No YouTube or TikTok account is connected/) };
		expect(overview.platforms).toEqual(notConnected);
		expect(await stack.client.analytics.compare.query({ by: 'variant', metric: 'views' })).toMatchObject(notConnected);
		expect((await stack.client.analytics.variants.query({ batchId })).comparison).toMatchObject(notConnected);
	});
});

describe('analytics with platform metrics', () => {
	beforeAll(async () => {
		const youtubeAccount = (await connectAccount(stack.client, 'youtube')).account.id;
		const tiktokAccount = (await connectAccount(stack.client, 'tiktok')).account.id;
		const batchRenders = await stack.db.render.findMany({ where: { batchId }, orderBy: { batchRow: 'asc' } });
		const publish = async (renderId: string, kind: 'youtube' | 'tiktok', platformId: string, accountId: string) => {
			const id = randomUUID();
			await stack.db.publication.create({
				data: {
					workspaceId: 'default',
					id,
					renderId,
					kind,
					targetKey: `${kind}-${renderId}`,
					target: { kind, accountId },
					accountId,
					status: 'published',
					platformId,
					publishedAt: new Date(),
				},
			});
			return id;
		};
		for (const [index, render] of batchRenders.entries()) {
			const views = (render.variant === 'hook-a' ? HOOK_A_VIEWS : HOOK_B_VIEWS)[index % 6] as number;
			const videoId = `yt-${index}`;
			youtube.addVideo(
				videoId,
				{ views, estimatedMinutesWatched: views / 10, averageViewDuration: render.variant === 'hook-a' ? 14 : 9, likes: views / 20, shares: 3 },
				[
					[0, 1],
					[0.5, render.variant === 'hook-a' ? 0.7 : 0.4],
					[1, 0.2],
				],
			);
			const publicationId = await publish(render.id, 'youtube', videoId, youtubeAccount);
			if (render.id === firstOfA.renderId) firstOfA.publicationId = publicationId;
		}
		const clipStory = await stack.db.render.findMany({ where: { template: 'clip-story' } });
		for (const [index, render] of clipStory.entries()) {
			youtube.addVideo(`yt-cs-${index}`, { views: CLIP_STORY_VIEWS[index] as number, averageViewDuration: 20 });
			await publish(render.id, 'youtube', `yt-cs-${index}`, youtubeAccount);
		}
		tiktok.videos.set('7100000000000000001', { views: 321, likes: 12, shares: 4, comments: 2 });
		await publish(firstOfA.renderId, 'tiktok', '7100000000000000001', tiktokAccount);
		const deps = {
			db: stack.db,
			publishing: stack.config.publishing,
			tokenKey: resolveTokenKey(stack.config),
			logger,
			outbound: createOutboundPolicy({ rules: stack.config.outbound.rules }),
		};
		expect(await collectMetrics(deps)).toEqual({ samples: 15, failures: [] });
		// A day later the first video has grown: a second sample in its series.
		youtube.addVideo('yt-0', { views: 1200, estimatedMinutesWatched: 130, averageViewDuration: 15, likes: 60, shares: 5 });
		const second = await collectMetrics(deps);
		expect(second.samples).toBe(15);
	});

	it('pulls metrics on a schedule on the publish worker', async () => {
		const queue = openPublishQueue(stack.redis.url, logger);
		const scheduler = await queue.queue.getJobScheduler(METRICS_SCHEDULER_ID);
		await queue.close();
		expect(scheduler).toMatchObject({ key: METRICS_SCHEDULER_ID, every: 60 * 60_000 });
	});

	it('names the winning hook of an A/B batch with sample sizes and a significant p-value', async () => {
		const variants = await stack.client.analytics.variants.query({ batchId, metric: 'views' });
		const byName = Object.fromEntries(variants.variants.map((variant) => [variant.variant, variant]));
		expect(byName['hook-a']).toMatchObject({ renders: 6, done: 6, measuredVideos: 7 });
		expect(byName['hook-b']).toMatchObject({
			renders: 6,
			measuredVideos: 6,
			metrics: { views: { n: 6, mean: 400 }, avgViewDurationSeconds: { n: 6, mean: 9 } },
		});
		if (!variants.comparison.connected) throw new Error('expected a comparison');
		// hook-a counts its TikTok video too (7 videos) unless narrowed to one platform.
		expect(variants.comparison.groups.map(({ key, n }) => ({ key, n }))).toEqual([
			{ key: 'hook-a', n: 7 },
			{ key: 'hook-b', n: 6 },
		]);
		expect(variants.comparison.significance).toMatchObject({ verdict: 'significant', winner: 'hook-a', compared: ['hook-a', 'hook-b'] });
		expect(variants.comparison.significance.pValue).toBeLessThan(0.01);

		const youtubeOnly = await stack.client.analytics.compare.query({ by: 'variant', metric: 'avgViewDurationSeconds', batchId, provider: 'youtube' });
		if (!youtubeOnly.connected) throw new Error('expected a comparison');
		expect(youtubeOnly.groups).toEqual([
			{ key: 'hook-a', n: 6, mean: expect.closeTo(14.17, 2), stdDev: expect.any(Number) },
			{ key: 'hook-b', n: 6, mean: 9, stdDev: 0 },
		]);
		expect(youtubeOnly.significance.winner).toBe('hook-a');
	});

	it('does not crown a template with too few videos, however good its numbers', async () => {
		const byTemplate = await stack.client.analytics.compare.query({ by: 'template', metric: 'views', provider: 'youtube' });
		if (!byTemplate.connected) throw new Error('expected a comparison');
		expect(byTemplate.groups.map(({ key, n, mean }) => ({ key, n, mean }))).toEqual([
			{ key: 'clip-story', n: 2, mean: 6000 },
			{ key: 'faceless-narration', n: 12, mean: 725 },
		]);
		expect(byTemplate.significance).toMatchObject({ verdict: 'insufficient data', winner: null, pValue: null, minSamplesPerGroup: 5 });
	});

	it("compares by interrupt density, computed from the props with the composition's own scheduler", async () => {
		const byDensity = await stack.client.analytics.compare.query({ by: 'interruptDensity', metric: 'views', batchId, provider: 'youtube' });
		if (!byDensity.connected) throw new Error('expected a comparison');
		expect(byDensity.groups.map(({ key, n }) => ({ key, n }))).toEqual([
			{ key: 'high', n: 6 },
			{ key: 'none', n: 6 },
		]);
		expect(byDensity.significance.winner).toBe('high');
		const one = await stack.client.analytics.render.query({ id: firstOfA.renderId });
		// One interrupt a second over 20 s, none in the last second's gap: 19 in 20 s is 57 a minute.
		expect(one.telemetry.interruptDensity).toEqual({ perMinute: 57, bucket: 'high' });
	});

	it("returns a render's telemetry and the metric time series of each of its publications", async () => {
		const one = await stack.client.analytics.render.query({ id: firstOfA.renderId });
		expect(one.telemetry).toMatchObject({ status: 'done', variant: 'hook-a', renderFps: 600, failureReason: null, stageTimings: { renderMs: 1000 } });
		const onYoutube = one.publications.find((publication) => publication.kind === 'youtube');
		expect(onYoutube?.series.map((sample) => sample.views)).toEqual([900, 1200]);
		expect(onYoutube?.series[0]).toMatchObject({
			watchTimeSeconds: 5400,
			avgViewDurationSeconds: 14,
			likes: 45,
			retention: [
				{ at: 0, ratio: 1 },
				{ at: 0.5, ratio: 0.7 },
				{ at: 1, ratio: 0.2 },
			],
		});
		const onTiktok = one.publications.find((publication) => publication.kind === 'tiktok');
		expect(onTiktok?.series.at(-1)).toMatchObject({ views: 321, likes: 12, shares: 4, comments: 2, watchTimeSeconds: null });
	});

	it('sums platform totals in the overview and the batch view', async () => {
		const overview = await stack.client.analytics.overview.query({});
		if (!overview.platforms.connected || !('totals' in overview.platforms)) throw new Error('expected totals');
		const youtubeViews = 1200 + HOOK_A_VIEWS.slice(1).reduce((a, b) => a + b, 0) + HOOK_B_VIEWS.reduce((a, b) => a + b, 0) + 12_000;
		expect(overview.platforms.totals.youtube).toMatchObject({ videos: 14, measured: 14, views: youtubeViews });
		expect(overview.platforms.totals.tiktok).toMatchObject({ videos: 1, views: 321, shares: 4 });
		const batch = await stack.client.analytics.batch.query({ id: batchId });
		expect(batch.telemetry.renders).toBe(12);
		expect(batch.variants).toEqual(['hook-a', 'hook-b']);
		expect(batch.viewsByVariant.significance.winner).toBe('hook-a');
	});
});
