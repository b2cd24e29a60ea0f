import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { PUBLISH_QUEUE_NAME, type PublishJob, type PublishJobResult } from '../contracts/publish-job.js';
import type { Logger } from '../log/create-logger.js';

export type PublishQueue = Queue<PublishJob, PublishJobResult>;

/** The producer side of the publish queue, on its own connection; `close` releases both. */
export const openPublishQueue = (redisUrl: string, logger: Logger): { queue: PublishQueue; close: () => Promise<void> } => {
	const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
	connection.on('error', (error) => logger.warn('redis connection error', { error: error.message }));
	const queue: PublishQueue = new Queue(PUBLISH_QUEUE_NAME, { connection });
	queue.on('error', (error) => logger.warn('publish queue error', { error: error.message }));
	return {
		queue,
		close: async () => {
			await queue.close();
			connection.disconnect();
		},
	};
};
