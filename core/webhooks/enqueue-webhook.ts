import type { Queue } from 'bullmq';
import { type WebhookJobData, type WebhookResult, type WebhookRetry, webhookJobDataSchema } from '../contracts/webhook-job.js';

export type WebhookQueue = Queue<WebhookJobData, WebhookResult>;

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Queues one event for delivery. The job id is the event id, so announcing the same event twice
 * (two workers finishing the last renders of a batch at once) delivers it once, for as long as the job is kept.
 */
export const enqueueWebhook = async (queue: WebhookQueue, data: WebhookJobData, retry: WebhookRetry): Promise<void> => {
	const parsed = webhookJobDataSchema.parse(data);
	await queue.add(parsed.event, parsed, {
		jobId: parsed.eventId,
		attempts: retry.attempts,
		// Jitter spreads the retries of many events after a receiver's outage.
		backoff: { type: 'exponential', delay: retry.backoffMs, jitter: 0.2 },
		// Kept a week: the window in which a repeated event id is recognised as a duplicate.
		removeOnComplete: { age: 7 * DAY_SECONDS },
		removeOnFail: { age: 7 * DAY_SECONDS },
	});
};
