import path from 'node:path';
import { type ApiClient, createApiClient } from '../client/create-api-client.js';
import { type Config, loadConfig } from '../core/config/load-config.js';
import type { Database } from '../core/db/create-database.js';
import { openMigratedDatabase } from '../core/db/open-migrated-database.js';
import { createLogger } from '../core/log/create-logger.js';
import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import { createOutboundPolicy } from '../core/net/create-outbound-policy.js';
import { startRedisServer } from '../core/redis/start-redis-server.js';
import { openStorage } from '../core/storage/open-storage.js';
import { startApiServer } from '../server/start-api-server.js';

export type BenchStack = { config: Config; env: Record<string, string>; db: Database; client: ApiClient; stop: () => Promise<void> };

/** Redis, a migrated database, the sample media and the API, in `workDir`; workers are the benchmark's to start. */
export const startBenchStack = async (workDir: string, extraEnv: Record<string, string> = {}): Promise<BenchStack> => {
	const redis = await startRedisServer({ dir: path.join(workDir, 'redis'), persistent: false });
	const env = {
		REELFORGE_HOME: workDir,
		REDIS_URL: redis.url,
		PORT: '0',
		LOG_LEVEL: 'error',
		BUNDLE_CACHE_DIR: path.join(workDir, 'bundles'),
		OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost',
		...extraEnv,
	};
	// The caller's settings (WORKER_CONCURRENCY, X264_PRESET, …) apply; where things are kept is the benchmark's.
	const config = loadConfig({ ...process.env, ...env });
	const { db } = await openMigratedDatabase(config.databaseUrl);
	const { storage, cache } = openStorage(config, createOutboundPolicy({ rules: config.outbound.rules }));
	await ensureSampleAssets(storage);
	cache.close();
	const api = await startApiServer({ config, db, redisUrl: redis.url, logger: createLogger('error', 'bench') });
	return {
		config,
		env,
		db,
		client: createApiClient(api.url),
		stop: async () => {
			await api.close();
			await db.$disconnect();
			await redis.stop();
		},
	};
};

/** Polls until every render is finished; throws with the reason if any failed. */
export const waitForRenders = async (client: ApiClient, ids: string[], timeoutMs = 30 * 60_000) => {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const renders = await Promise.all(ids.map((id) => client.renders.get.query({ id })));
		const failed = renders.find((render) => render.status === 'failed' || render.status === 'cancelled');
		if (failed) throw new Error(`render ${failed.id} ${failed.status}: ${failed.error}`);
		if (renders.every((render) => render.status === 'done')) return renders;
		if (Date.now() > deadline) throw new Error('renders did not finish in time');
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
};
