import { startRenderWorker } from '../workers/start-render-worker.js';
import { openRuntime, resolveRedisUrl } from './open-runtime.js';
import { untilShutdownSignal } from './until-shutdown-signal.js';

export const workerCommand = async (): Promise<number> => {
	const runtime = await openRuntime('worker');
	const redis = await resolveRedisUrl(runtime);
	const worker = await startRenderWorker({ config: runtime.config, db: runtime.db, redisUrl: redis.url, logger: runtime.logger });
	await untilShutdownSignal(runtime.logger);
	// Waits for the render in progress; a second signal exits at once and the job is picked up again elsewhere.
	await worker.close();
	await runtime.close();
	return 0;
};
