import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { WEBHOOK_QUEUE_NAME } from '../contracts/webhook-job.js';
import type { Logger } from '../log/create-logger.js';
import type { WebhookQueue } from './enqueue-webhook.js';

/** The producer side of the webhook queue, on its own connection; `close` releases both. */
export const openWebhookQueue = (redisUrl: string, logger: Logger): { queue: WebhookQueue; close: () => Promise<void> } => {
	const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
	connection.on('error', (error) => logger.warn('redis connection error', { error: error.message }));
	const queue: WebhookQueue = new Queue(WEBHOOK_QUEUE_NAME, { connection });
	queue.on('error', (error) => logger.warn('webhook queue error', { error: error.message }));
	return {
		queue,
		close: async () => {
			await queue.close();
			connection.disconnect();
		},
	};
};
