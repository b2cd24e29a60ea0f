import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type ApiClient, createApiClient } from '../../client/create-api-client.js';
import { type Config, loadConfig } from '../../core/config/load-config.js';
import { RENDER_QUEUE_NAME } from '../../core/contracts/render-backends.js';
import type { RenderJobData, RenderResult } from '../../core/contracts/render-job.js';
import type { Database } from '../../core/db/create-database.js';
import { openMigratedDatabase } from '../../core/db/open-migrated-database.js';
import type { LambdaApi } from '../../core/lambda/lambda-client.js';
import { createLogger } from '../../core/log/create-logger.js';
import { createOutboundPolicy } from '../../core/net/create-outbound-policy.js';
import { type RunningRedis, startRedisServer } from '../../core/redis/start-redis-server.js';
import { openStorage } from '../../core/storage/open-storage.js';
import type { Storage } from '../../core/storage/storage.js';
import { type ApiServer, startApiServer } from '../../server/start-api-server.js';
import { type PublishWorker, startPublishWorker } from '../../workers/publish/start-publish-worker.js';
import { type RenderWorker, startRenderWorker } from '../../workers/render/start-render-worker.js';
import { sweepOrphans } from '../../workers/render/sweep-orphans.js';
import { startWebhookWorker, type WebhookWorker } from '../../workers/webhooks/start-webhook-worker.js';
import { SAMPLE_CLIP_KEY, storeSampleClip } from './store-sample-clip.js';
import { makeTempDir, sharedBundleCacheDir } from './temp-dir.js';

export type TestStack = {
	home: string;
	config: Config;
	db: Database;
	/** All of the stack's storage (STORAGE_DIR, or the bucket the env names), as the API and workers see it. */
	storage: Storage;
	redis: RunningRedis;
	api: ApiServer;
	client: ApiClient;
	worker: RenderWorker | null;
	/** The publish worker, with `publishWorker: true` (as `reelforge worker` runs it beside the render worker). */
	publishWorker: PublishWorker | null;
	/** The webhook worker, with `webhookWorker: true` (as `reelforge worker` runs it). */
	webhookWorker: WebhookWorker | null;
	/** A view of the render queue, for assertions on job state. */
	queue: Queue<RenderJobData, RenderResult>;
	/** storage:samples/clip.mp4, a 3 s 180x320 clip with a tone. */
	sampleClipSrc: string;
	stop: () => Promise<void>;
};

/**
 * A real Redis, a migrated SQLite database, the HTTP API, (unless `worker: false`) a render worker and (with
 * `publishWorker: true`) a publish worker, all on loopback.
 */
export const startTestStack = async ({
	worker = true,
	publishWorker = false,
	webhookWorker = false,
	env = {},
	persistentRedis = false,
	lambdaApi,
}: {
	worker?: boolean;
	publishWorker?: boolean;
	webhookWorker?: boolean;
	env?: Record<string, string>;
	persistentRedis?: boolean;
	/** Speaks for AWS to the worker's Lambda backend (see fake-lambda-api.ts). */
	lambdaApi?: LambdaApi;
} = {}): Promise<TestStack> => {
	const home = makeTempDir('stack');
	const redis = await startRedisServer({ dir: path.join(home, 'redis'), persistent: persistentRedis });
	const config = loadConfig({
		REELFORGE_HOME: home,
		REDIS_URL: redis.url,
		PORT: '0',
		BUNDLE_CACHE_DIR: sharedBundleCacheDir,
		LOG_LEVEL: 'error',
		RENDER_ATTEMPTS: '2',
		// Test media is served from loopback.
		OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost',
		...env,
	});
	const { db } = await openMigratedDatabase(config.databaseUrl);
	const { storage, cache } = openStorage(config, createOutboundPolicy({ rules: config.outbound.rules }));
	await storeSampleClip(storage);
	const logger = createLogger(config.logLevel, 'test');
	const api = await startApiServer({ config, db, redisUrl: redis.url, logger });
	const queueConnection = new Redis(redis.url, { maxRetriesPerRequest: null });
	const queue = new Queue<RenderJobData, RenderResult>(RENDER_QUEUE_NAME, { connection: queueConnection });
	const renderWorker = worker ? await startRenderWorker({ config, db, redisUrl: redis.url, logger, ...(lambdaApi ? { lambdaApi } : {}) }) : null;
	const publisher = publishWorker ? await startPublishWorker({ config, db, redisUrl: redis.url, logger }) : null;
	const deliverer = webhookWorker ? await startWebhookWorker({ config, db, redisUrl: redis.url, logger }) : null;
	return {
		home,
		config,
		db,
		storage,
		redis,
		api,
		client: createApiClient(api.url),
		worker: renderWorker,
		publishWorker: publisher,
		webhookWorker: deliverer,
		queue,
		sampleClipSrc: `storage:${SAMPLE_CLIP_KEY}`,
		stop: async () => {
			await renderWorker?.close();
			await publisher?.close();
			await deliverer?.close();
			await api.close();
			await queue.close();
			queueConnection.disconnect();
			await db.$disconnect();
			await redis.stop();
			cache.close();
			// Worker processes a test killed leave Chromium behind, as a crashed worker would: clean up the same way.
			sweepOrphans(config.tempDir);
		},
	};
};

/** Small, short props for the captioned-clip template: renders in seconds at scale 0.25. */
export const smallCaptionedClipProps = (src: string, durationInSeconds = 2) => ({
	durationInSeconds,
	background: { src },
	captions: {
		words: [
			{ text: 'Hello', startMs: 0, endMs: 600 },
			{ text: 'render', startMs: 600, endMs: 1200, emphasis: true },
			{ text: 'world', startMs: 1200, endMs: 1900 },
		],
	},
});
