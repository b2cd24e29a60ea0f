import path from 'node:path';
import { type Config, loadConfig } from '../../core/config/load-config.js';
import type { Database } from '../../core/db/create-database.js';
import { openMigratedDatabase } from '../../core/db/open-migrated-database.js';
import { createLogger } from '../../core/log/create-logger.js';
import { type RunningRedis, startRedisServer } from '../../core/redis/start-redis-server.js';
import type { ApiKeyScope } from '../../server/access/api-key-scopes.js';
import { createApiKey } from '../../server/access/create-api-key.js';
import { verifyApiKey } from '../../server/access/verify-api-key.js';
import { createContextInner, type ServerDeps } from '../../server/context.js';
import { openServerDeps } from '../../server/open-server-deps.js';
import { appRouter } from '../../server/root.js';
import { createCallerFactory } from '../../server/trpc.js';
import { storeSampleClip } from './store-sample-clip.js';
import { makeTempDir } from './temp-dir.js';

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export type TestContext = {
	config: Config;
	db: Database;
	redis: RunningRedis;
	deps: ServerDeps;
	/** Procedures called in this process through the router, as a request without a key on loopback makes them. */
	caller: Caller;
	/** The same for a request with a new key of `workspaceId` with these scopes. */
	callerWithKey: (scopes: ApiKeyScope[], workspaceId?: string) => Promise<Caller>;
	stop: () => Promise<void>;
};

/**
 * The API's procedures with their real dependencies (a Redis, a migrated SQLite database, the queues) and no HTTP:
 * for tests about what procedures do. Tests about what HTTP adds (headers, SSE, Range, CORS, limits) use startTestStack.
 */
export const startTestContext = async ({ env = {} }: { env?: Record<string, string> } = {}): Promise<TestContext> => {
	const home = makeTempDir('context');
	const redis = await startRedisServer({ dir: path.join(home, 'redis'), persistent: false });
	const config = loadConfig({ REELFORGE_HOME: home, REDIS_URL: redis.url, LOG_LEVEL: 'error', OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost', ...env });
	const { db } = await openMigratedDatabase(config.databaseUrl);
	const shared = await openServerDeps({ config, db, redisUrl: redis.url, logger: createLogger(config.logLevel, 'test') });
	await storeSampleClip(shared.deps.rootStorage);
	return {
		config,
		db,
		redis,
		deps: shared.deps,
		caller: createCaller(createContextInner(shared.deps)),
		callerWithKey: async (scopes, workspaceId = 'default') => {
			const key = await createApiKey(db, { workspaceId, name: `test-${scopes.join('-')}`, scopes, rateLimitPerMinute: 1_000_000 });
			const verified = await verifyApiKey(db, key.secret);
			if (!verified.ok) throw new Error(verified.message);
			return createCaller(createContextInner({ ...shared.deps, apiKey: verified.apiKey, workspaceId: verified.apiKey.workspaceId }));
		},
		stop: async () => {
			await shared.close();
			await db.$disconnect();
			await redis.stop();
		},
	};
};
