import { EventEmitter } from 'node:events';
import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { renderQueueNames } from '../core/contracts/render-backends.js';

export type RenderEvents = {
	/** Calls `listener` whenever the queue reports anything about this render's job. Returns the unsubscribe. */
	onChange: (jobId: string, listener: () => void) => () => void;
	close: () => Promise<void>;
};

/** One QueueEvents stream per render queue (every backend's), fanned out to the progress subscriptions that watch a job. */
export const createRenderEvents = async (connection: Redis): Promise<RenderEvents> => {
	const emitter = new EventEmitter();
	emitter.setMaxListeners(0);
	const streams = await Promise.all(
		renderQueueNames.map(async (name) => {
			// QueueEvents blocks its connection on XREAD, so each gets one of its own.
			const eventsConnection = connection.duplicate({ maxRetriesPerRequest: null });
			eventsConnection.on('error', () => {});
			const queueEvents = new QueueEvents(name, { connection: eventsConnection });
			queueEvents.on('error', () => {});
			for (const event of ['progress', 'active', 'completed', 'failed', 'waiting', 'stalled', 'removed'] as const) {
				queueEvents.on(event, ({ jobId }: { jobId: string }) => emitter.emit(jobId));
			}
			await queueEvents.waitUntilReady();
			return { queueEvents, eventsConnection };
		}),
	);
	return {
		onChange: (jobId, listener) => {
			emitter.on(jobId, listener);
			return () => emitter.off(jobId, listener);
		},
		close: async () => {
			for (const { queueEvents, eventsConnection } of streams) {
				await queueEvents.close();
				eventsConnection.disconnect();
			}
		},
	};
};
