import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../../core/config/load-config.js';
import { METRICS_SCHEDULER_ID, PUBLISH_QUEUE_NAME, type PublishJob, type PublishJobResult, publishJobSchema } from '../../core/contracts/publish-job.js';
import type { Database } from '../../core/db/create-database.js';
import type { Logger } from '../../core/log/create-logger.js';
import { createOutboundPolicy } from '../../core/net/create-outbound-policy.js';
import { openPublishQueue } from '../../core/publishing/open-publish-queue.js';
import type { PublishDeps } from '../../core/publishing/publish-target.js';
import { resolveTokenKey } from '../../core/publishing/resolve-token-key.js';
import { openStorage } from '../../core/storage/open-storage.js';
import type { Storage } from '../../core/storage/storage.js';
import { resolveWebhookSecret } from '../../core/webhooks/resolve-webhook-secret.js';
import { webhookNoticeOf } from '../../core/webhooks/webhook-notice-of.js';
import { collectMetrics } from './metrics/collect-metrics.js';
import { runPublication } from './run-publication.js';

export type PublishWorker = { worker: Worker<PublishJob, PublishJobResult>; close: () => Promise<void> };

/** Uploads wait on the network, not the CPU: a few at once, so one slow platform holds up no one. */
const DEFAULT_CONCURRENCY = 3;

/**
 * A BullMQ worker for the publish queue: uploads publications, and every METRICS_POLL_MINUTES pulls platform metrics
 * (a job scheduler on the same queue, so exactly one pull runs per interval however many workers there are).
 */
export const startPublishWorker = async ({
	config,
	db,
	redisUrl,
	logger,
	concurrency = DEFAULT_CONCURRENCY,
}: {
	config: Config;
	db: Database;
	redisUrl: string;
	logger: Logger;
	concurrency?: number;
}): Promise<PublishWorker> => {
	const outbound = createOutboundPolicy({ rules: config.outbound.rules });
	const storage = openStorage(config, outbound);
	const deps: PublishDeps & { rootStorage: Storage } = {
		db,
		logger,
		outbound,
		publishing: config.publishing,
		tokenKey: resolveTokenKey(config),
		webhookSecret: resolveWebhookSecret(config),
		webhookTimeoutMs: config.webhooks.timeoutMs,
		links: webhookNoticeOf(config).links,
		tempDir: config.tempDir,
		rootStorage: storage.storage,
	};
	const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
	connection.on('error', (error) => logger.warn('redis connection error', { error: error.message }));

	const processor = async (job: Job<PublishJob, PublishJobResult>, _token?: string, signal?: AbortSignal): Promise<PublishJobResult> => {
		const parsed = publishJobSchema.safeParse(job.data);
		if (!parsed.success) throw new UnrecoverableError(`Malformed publish job: ${parsed.error.message}`);
		const abort = signal ?? new AbortController().signal;
		if (parsed.data.type === 'collect-metrics') {
			const run = await collectMetrics(deps, abort);
			return { samples: run.samples };
		}
		const status = await runPublication(
			parsed.data.publicationId,
			{ signal: abort, attempt: Math.max(1, job.attemptsStarted), isFinalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) },
			deps,
		);
		return { publicationId: parsed.data.publicationId, status };
	};

	const worker = new Worker<PublishJob, PublishJobResult>(PUBLISH_QUEUE_NAME, processor, {
		connection,
		concurrency,
		// Long uploads renew the lock as they go; a worker that dies mid-upload is noticed after this long.
		lockDuration: 60_000,
	});
	worker.on('error', (error) => logger.error('publish worker error', { error: error.message }));

	const scheduler = openPublishQueue(redisUrl, logger);
	if (config.publishing.metricsPollMinutes > 0) {
		await scheduler.queue.upsertJobScheduler(
			METRICS_SCHEDULER_ID,
			{ every: config.publishing.metricsPollMinutes * 60_000 },
			{ name: 'collect-metrics', data: { type: 'collect-metrics' }, opts: { removeOnComplete: 50, removeOnFail: 50 } },
		);
	} else {
		await scheduler.queue.removeJobScheduler(METRICS_SCHEDULER_ID);
	}
	await worker.waitUntilReady();
	logger.info('publish worker ready', { queue: PUBLISH_QUEUE_NAME, concurrency, metricsPollMinutes: config.publishing.metricsPollMinutes });
	return {
		worker,
		close: async () => {
			await worker.close();
			await scheduler.close();
			connection.disconnect();
			storage.cache.close();
		},
	};
};
