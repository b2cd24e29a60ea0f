import { WaitingChildrenError } from 'bullmq';
import {
	type ChunkPlan,
	chunkJobIdOf,
	RENDER_CHUNK_JOB_NAME,
	type RenderChunkJobData,
	type RenderChunkResult,
	renderChunkResultSchema,
} from '../../../../core/contracts/render-job.js';
import type { QueuedRenderJob } from '../../render-attempt.js';

/** How a chunked render hands its frame ranges to other workers and gets them back. */
export type ChunkCoordinator = {
	/** Queues the chunks as children of this render's job and parks the job until all are done (throws BullMQ's WaitingChildrenError). */
	queueChunks: (plan: ChunkPlan, chunks: RenderChunkJobData[]) => Promise<never>;
	/** What each finished chunk stored; parks the job again (WaitingChildrenError) while any chunk is still to finish. */
	results: () => Promise<RenderChunkResult[]>;
};

const CHUNK_RETRY_BACKOFF_MS = 2000;

/**
 * A chunked render's link to the queue: its chunks become child jobs of the render's own job (BullMQ parent/child),
 * which waits for them and is run again to join them.
 */
export const createChunkCoordinator = ({ job, token, queue: chunkQueue }: QueuedRenderJob): ChunkCoordinator => {
	// Parks the job until its chunks are done; BullMQ runs it again then (false: none is left to wait for).
	const waitForChunks = async () => {
		if (token && (await job.moveToWaitingChildren(token))) throw new WaitingChildrenError();
	};
	return {
		queueChunks: async (plan, chunks) => {
			// Chunks first, then the plan: a worker that dies in between splits again, and the same job ids queue nothing twice;
			// one that dies after both comes back to wait for the chunks.
			await chunkQueue.addBulk(
				chunks.map((chunk) => ({
					name: RENDER_CHUNK_JOB_NAME,
					data: chunk,
					opts: {
						jobId: chunkJobIdOf(chunk.renderId, job.timestamp, chunk.index),
						parent: { id: job.id ?? '', queue: job.queueQualifiedName },
						// A chunk that fails for good fails the render (its worker records why).
						failParentOnFailure: true,
						attempts: job.opts.attempts ?? 1,
						backoff: { type: 'exponential', delay: CHUNK_RETRY_BACKOFF_MS },
						...(job.opts.priority ? { priority: job.opts.priority } : {}),
						removeOnComplete: { age: 24 * 3600 },
						removeOnFail: { age: 7 * 24 * 3600 },
					},
				})),
			);
			await job.updateData({ ...job.data, chunking: plan });
			await waitForChunks();
			throw new Error(`The chunks of render ${job.data.renderId} finished before it could wait for them`);
		},
		results: async () => {
			await waitForChunks();
			return Object.values(await job.getChildrenValues()).map((value) => renderChunkResultSchema.parse(value));
		},
	};
};
