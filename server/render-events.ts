import { EventEmitter } from 'node:events';
import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { RENDER_QUEUE_NAME } from '../core/contracts/render-job.js';

export type RenderEvents = {
	/** Calls `listener` whenever the queue reports anything about this render's job. Returns the unsubscribe. */
	onChange: (jobId: string, listener: () => void) => () => void;
	close: () => Promise<void>;
};

/** One QueueEvents stream for the whole server, fanned out to the progress subscriptions that watch a job. */
export const createRenderEvents = async (connection: Redis): Promise<RenderEvents> => {
	// QueueEvents blocks its connection on XREAD, so it gets one of its own.
	const eventsConnection = connection.duplicate({ maxRetriesPerRequest: null });
	eventsConnection.on('error', () => {});
	const queueEvents = new QueueEvents(RENDER_QUEUE_NAME, { connection: eventsConnection });
	queueEvents.on('error', () => {});
	const emitter = new EventEmitter();
	emitter.setMaxListeners(0);
	for (const event of ['progress', 'active', 'completed', 'failed', 'waiting', 'stalled', 'removed'] as const) {
		queueEvents.on(event, ({ jobId }: { jobId: string }) => emitter.emit(jobId));
	}
	await queueEvents.waitUntilReady();
	return {
		onChange: (jobId, listener) => {
			emitter.on(jobId, listener);
			return () => emitter.off(jobId, listener);
		},
		close: async () => {
			await queueEvents.close();
			eventsConnection.disconnect();
		},
	};
};
