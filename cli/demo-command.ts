import { createApiClient } from '../client/create-api-client.js';
import { sampleCaptionedClipProps } from '../compositions/captioned-clip/sample-props.js';
import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import type { RenderView } from '../server/renders/render-view.js';
import { startApiServer } from '../server/start-api-server.js';
import { startRenderWorker } from '../workers/render/start-render-worker.js';
import { startWebhookWorker } from '../workers/webhooks/start-webhook-worker.js';
import { openRuntime, resolveRedisUrl } from './open-runtime.js';
import { createProgressBar } from './progress-bar.js';

/**
 * The main job, end to end on the embedded setup: API and worker start, a sample render is submitted
 * through the API, its progress is followed over SSE, and the MP4's path is printed.
 */
export const demoCommand = async ({ scale }: { scale: number }): Promise<number> => {
	const runtime = await openRuntime('demo');
	const { config, db, logger } = runtime;
	await ensureSampleAssets(runtime.storage);
	const redis = await resolveRedisUrl(runtime);
	const api = await startApiServer({ config: { ...config, port: 0 }, db, redisUrl: redis.url, logger });
	const worker = await startRenderWorker({ config, db, redisUrl: redis.url, logger });
	const webhooks = await startWebhookWorker({ config, db, redisUrl: redis.url, logger });
	try {
		const client = createApiClient(api.url);
		const created = await client.renders.create.mutate({ template: 'captioned-clip', props: sampleCaptionedClipProps, output: { scale } });
		console.log(`Submitted render ${created.id} through ${api.url}/trpc`);
		const bar = createProgressBar();
		const finished = await new Promise<RenderView>((resolve, reject) => {
			const subscription = client.renders.onProgress.subscribe(
				{ id: created.id },
				{
					onData: ({ data }) => {
						bar.update(data.progress, data.status);
						if (data.status === 'done' || data.status === 'failed' || data.status === 'cancelled') {
							subscription.unsubscribe();
							resolve(data);
						}
					},
					onError: reject,
				},
			);
		});
		bar.done();
		if (finished.status !== 'done') {
			console.error(`Render ${finished.status}: ${finished.error ?? 'no reason given'}`);
			return 1;
		}
		const file = runtime.storage.locationOf(`renders/${finished.id}.mp4`);
		console.log(`Rendered ${finished.width}x${finished.height}, ${finished.durationInFrames} frames at ${finished.fps} fps (${finished.encoder})`);
		console.log(file);
		return 0;
	} finally {
		await worker.close();
		await webhooks.close();
		await api.close();
		await redis.stopEmbedded?.();
		await runtime.close();
	}
};
