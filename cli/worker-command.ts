import { startMaintenanceWorker } from '../workers/maintenance/start-maintenance-worker.js';
import { startPublishWorker } from '../workers/publish/start-publish-worker.js';
import { startRenderWorker } from '../workers/render/start-render-worker.js';
import { startWebhookWorker } from '../workers/webhooks/start-webhook-worker.js';
import { openRuntime, resolveRedisUrl } from './open-runtime.js';
import { untilShutdownSignal } from './until-shutdown-signal.js';

export const workerCommand = async (): Promise<number> => {
	const runtime = await openRuntime('worker');
	// Listening before the workers start: a signal that comes after "worker ready" but before the webhook and publish
	// workers are up would otherwise end the process on the spot instead of closing them cleanly.
	const shutdown = untilShutdownSignal(runtime.logger);
	const redis = await resolveRedisUrl(runtime);
	const worker = await startRenderWorker({ config: runtime.config, db: runtime.db, redisUrl: redis.url, logger: runtime.logger });
	const webhooks = await startWebhookWorker({ config: runtime.config, db: runtime.db, redisUrl: redis.url, logger: runtime.logger });
	const publishing = await startPublishWorker({ config: runtime.config, db: runtime.db, redisUrl: redis.url, logger: runtime.logger });
	const maintenance = await startMaintenanceWorker({ config: runtime.config, db: runtime.db, redisUrl: redis.url, logger: runtime.logger });
	await shutdown;
	// Waits for the render and deliveries in progress; a second signal exits at once and the jobs are picked up again elsewhere.
	await Promise.all([worker.close(), webhooks.close(), publishing.close(), maintenance.close()]);
	await runtime.close();
	return 0;
};
