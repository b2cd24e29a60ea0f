import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type RenderBackendId, renderBackends, renderQueueNames } from '../../core/contracts/render-backends.js';
import type { RenderJobData, RenderResult } from '../../core/contracts/render-job.js';
import type { Logger } from '../../core/log/create-logger.js';

export type RenderQueue = Queue<RenderJobData, RenderResult>;

export type RenderQueues = {
	/** The queue a backend's renders go on (core/contracts/render-backends.ts). */
	of: (backend: RenderBackendId) => RenderQueue;
	/** Every render queue, once each. */
	all: RenderQueue[];
	close: () => Promise<void>;
};

/** One BullMQ Queue per render queue the backends use, on the API's connection. */
export const openRenderQueues = (connection: Redis, logger: Logger): RenderQueues => {
	const queues = new Map(
		renderQueueNames.map((name) => {
			const queue = new Queue<RenderJobData, RenderResult>(name, { connection });
			queue.on('error', (error) => logger.warn('queue error', { queue: name, error: error.message }));
			return [name, queue] as const;
		}),
	);
	const all = [...queues.values()];
	return {
		of: (backend) => queues.get(renderBackends[backend].queue) as RenderQueue,
		all,
		close: async () => {
			await Promise.all(all.map((queue) => queue.close()));
		},
	};
};
