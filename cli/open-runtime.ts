import path from 'node:path';
import { type Config, loadConfig } from '../core/config/load-config.js';
import type { Database } from '../core/db/create-database.js';
import { openMigratedDatabase } from '../core/db/open-migrated-database.js';
import { createLogger, type Logger } from '../core/log/create-logger.js';
import { createOutboundPolicy } from '../core/net/create-outbound-policy.js';
import { ensureEmbeddedRedis } from '../core/redis/ensure-embedded-redis.js';
import { openStorage } from '../core/storage/open-storage.js';
import type { Storage } from '../core/storage/storage.js';

export type Runtime = { config: Config; logger: Logger; db: Database; storage: Storage; close: () => Promise<void> };

/** Config, logger, a migrated database and all of storage: what every command starts from. */
export const openRuntime = async (component: string): Promise<Runtime> => {
	const config = loadConfig();
	const logger = createLogger(config.logLevel, component);
	const { db, applied } = await openMigratedDatabase(config.databaseUrl);
	if (applied.length > 0) logger.info('applied database migrations', { applied });
	const { storage, cache } = openStorage(config, createOutboundPolicy({ rules: config.outbound.rules }));
	return {
		config,
		logger,
		db,
		storage,
		close: async () => {
			cache.close();
			await db.$disconnect();
		},
	};
};

/** REDIS_URL, or the embedded redis-server under $REELFORGE_HOME/redis (started once, shared by local processes). */
export const resolveRedisUrl = async (runtime: Runtime): Promise<{ url: string; stopEmbedded: (() => Promise<void>) | null }> => {
	if (runtime.config.redisUrl) return { url: runtime.config.redisUrl, stopEmbedded: null };
	const { redis, started } = await ensureEmbeddedRedis(path.join(runtime.config.home, 'redis'));
	if (started) runtime.logger.info('started embedded redis-server', { url: redis.url });
	return { url: redis.url, stopEmbedded: started ? redis.stop : null };
};
