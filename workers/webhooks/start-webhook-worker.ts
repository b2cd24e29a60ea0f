import { randomUUID } from 'node:crypto';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../../core/config/load-config.js';
import { WEBHOOK_QUEUE_NAME, type WebhookJobData, type WebhookResult, webhookJobDataSchema } from '../../core/contracts/webhook-job.js';
import type { Database } from '../../core/db/create-database.js';
import type { Logger } from '../../core/log/create-logger.js';
import { createOutboundPolicy } from '../../core/net/create-outbound-policy.js';
import { resolveWebhookSecret } from '../../core/webhooks/resolve-webhook-secret.js';
import { type DeliveryOutcome, deliverWebhook } from './deliver-webhook.js';

export type WebhookWorker = { worker: Worker<WebhookJobData, WebhookResult>; close: () => Promise<void> };

/** Deliveries wait on other people's servers, not on the CPU: several at once, so one slow receiver holds up no one. */
const DEFAULT_CONCURRENCY = 4;

/**
 * A BullMQ worker that delivers webhook events until closed, logging every attempt as a WebhookDelivery row.
 * It runs on its own queue and connection, so deliveries never wait behind renders nor renders behind deliveries.
 */
export const startWebhookWorker = async ({
	config,
	db,
	redisUrl,
	logger,
	concurrency = DEFAULT_CONCURRENCY,
}: {
	config: Pick<Config, 'home' | 'webhooks' | 'outbound'>;
	db: Database;
	redisUrl: string;
	logger: Logger;
	concurrency?: number;
}): Promise<WebhookWorker> => {
	const secret = resolveWebhookSecret(config);
	const { timeoutMs } = config.webhooks;
	const outbound = createOutboundPolicy({ rules: config.outbound.rules });
	const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
	connection.on('error', (error) => logger.warn('redis connection error', { error: error.message }));

	const record = async (data: WebhookJobData, attempt: number, outcome: DeliveryOutcome) => {
		await db.webhookDelivery
			.create({
				data: {
					id: randomUUID(),
					workspaceId: data.workspaceId,
					renderId: data.renderId ?? null,
					batchId: data.batchId ?? null,
					eventId: data.eventId,
					event: data.event,
					url: data.url,
					attempt,
					outcome: outcome.delivered ? 'delivered' : 'failed',
					responseStatus: outcome.responseStatus,
					error: outcome.delivered ? null : outcome.error,
					durationMs: outcome.durationMs,
				},
			})
			// A missing log line is better than a second delivery; the render may also have been deleted since.
			.catch((error: unknown) => logger.warn('could not record webhook delivery', { eventId: data.eventId, attempt, error: String(error) }));
	};

	const processor = async (job: Job<WebhookJobData, WebhookResult>, _token?: string, signal?: AbortSignal): Promise<WebhookResult> => {
		const parsed = webhookJobDataSchema.safeParse(job.data);
		if (!parsed.success) throw new UnrecoverableError(`Malformed webhook job: ${parsed.error.message}`);
		const data = parsed.data;
		const attempt = Math.max(1, job.attemptsStarted);
		const outcome = await deliverWebhook(data, { secret, timeoutMs, signal, outbound });
		await record(data, attempt, outcome);
		if (outcome.delivered) {
			logger.debug('webhook delivered', { eventId: data.eventId, attempt, status: outcome.responseStatus });
			return { attempt, responseStatus: outcome.responseStatus };
		}
		logger.info('webhook attempt failed', { eventId: data.eventId, url: data.url, attempt, error: outcome.error });
		// Thrown so BullMQ retries with backoff; UnrecoverableError gives the event up now.
		throw outcome.final ? new UnrecoverableError(outcome.error) : new Error(outcome.error);
	};

	const worker = new Worker<WebhookJobData, WebhookResult>(WEBHOOK_QUEUE_NAME, processor, {
		connection,
		concurrency,
		// An attempt lasts at most timeoutMs; the lock must outlive it or the job would be taken as stalled.
		lockDuration: Math.max(30_000, timeoutMs * 2),
	});
	worker.on('error', (error) => logger.error('webhook worker error', { error: error.message }));
	worker.on('failed', (job, error) => {
		if (job && (error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1))) {
			logger.warn('webhook given up', { eventId: job.id, url: job.data.url, attempts: job.attemptsMade, error: error.message });
		}
	});
	await worker.waitUntilReady();
	logger.info('webhook worker ready', { queue: WEBHOOK_QUEUE_NAME, concurrency });
	return {
		worker,
		close: async () => {
			await worker.close();
			connection.disconnect();
		},
	};
};
