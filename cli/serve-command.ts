import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import { startApiServer } from '../server/start-api-server.js';
import { openRuntime, resolveRedisUrl } from './open-runtime.js';
import { untilShutdownSignal } from './until-shutdown-signal.js';

export const serveCommand = async (): Promise<number> => {
	const runtime = await openRuntime('api');
	const redis = await resolveRedisUrl(runtime);
	// The studio previews templates with their sample props, which point at these files.
	await ensureSampleAssets(runtime.storage);
	const api = await startApiServer({ config: runtime.config, db: runtime.db, redisUrl: redis.url, logger: runtime.logger });
	console.log(`Reelforge API on ${api.url} (tRPC at ${api.url}/trpc, studio at ${api.url}/studio/)`);
	await untilShutdownSignal(runtime.logger);
	await api.close();
	await runtime.close();
	return 0;
};
