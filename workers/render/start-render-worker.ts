import { type Job, Queue, UnrecoverableError, WaitingChildrenError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../../core/config/load-config.js';
import {
	LAMBDA_RENDER_QUEUE_NAME,
	RENDER_CANCEL_CHANNEL,
	RENDER_CHUNK_JOB_NAME,
	RENDER_QUEUE_NAME,
	type RenderChunkJobData,
	type RenderChunkResult,
	type RenderJobData,
	type RenderProgress,
	type RenderResult,
	renderChunkJobDataSchema,
	renderJobDataSchema,
	renderProgressSchema,
} from '../../core/contracts/render-job.js';
import { finishedStatuses } from '../../core/contracts/render-status.js';
import type { Database } from '../../core/db/create-database.js';
import type { LambdaApi } from '../../core/lambda/lambda-client.js';
import type { Logger } from '../../core/log/create-logger.js';
import { notifyRenderFinished } from '../../core/webhooks/notify-render-finished.js';
import { openWebhookQueue } from '../../core/webhooks/open-webhook-queue.js';
import { webhookNoticeOf } from '../../core/webhooks/webhook-notice-of.js';
import { createChunkCoordinator } from './backends/chunked/create-chunk-coordinator.js';
import { runRenderChunk } from './backends/chunked/run-render-chunk.js';
import { createRenderContext } from './create-render-context.js';
import { isRetryableRenderError } from './render-errors.js';
import { runRender } from './run-render.js';

type AnyRenderJob = Job<RenderJobData | RenderChunkJobData, RenderResult | RenderChunkResult>;
export type RenderWorker = { worker: Worker<RenderJobData | RenderChunkJobData, RenderResult | RenderChunkResult>; close: () => Promise<void> };

/** A BullMQ worker that renders jobs from the render queue until closed. */
export const startRenderWorker = async ({
	config,
	db,
	redisUrl,
	logger,
	lambdaApi,
}: {
	config: Config;
	db: Database;
	redisUrl: string;
	logger: Logger;
	/** Replaces the real Remotion Lambda client (tests speak for AWS through it). */
	lambdaApi?: LambdaApi;
}): Promise<RenderWorker> => {
	const render = await createRenderContext(config, db, logger, lambdaApi ? { lambdaApi } : {});
	const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
	const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
	connection.on('error', (error) => logger.warn('redis connection error', { error: error.message }));
	const webhooks = openWebhookQueue(redisUrl, logger);
	const notice = webhookNoticeOf(config);
	// Queues the render's webhook event once it is final; does nothing for an attempt that will be retried.
	const announce = (renderId: string) =>
		notifyRenderFinished(db, webhooks.queue, renderId, notice).catch((error: unknown) =>
			logger.warn('could not queue webhook', { renderId, error: String(error) }),
		);
	subscriber.on('error', (error) => logger.warn('redis subscriber error', { error: error.message }));

	// Where chunks are queued, as children of the render's own job.
	const chunkQueue = new Queue<RenderChunkJobData, RenderChunkResult>(RENDER_QUEUE_NAME, { connection });
	chunkQueue.on('error', (error) => logger.warn('queue error', { error: error.message }));

	// Jobs running here per render, so a cancel stops the render's chunks as well as its own job.
	const activeJobs = new Map<string, Set<string>>();
	const track = (renderId: string, jobId: string) => {
		const jobs = activeJobs.get(renderId) ?? new Set<string>();
		jobs.add(jobId);
		activeJobs.set(renderId, jobs);
		return () => {
			jobs.delete(jobId);
			if (jobs.size === 0) activeJobs.delete(renderId);
		};
	};

	const attemptOf = (job: AnyRenderJob, signal: AbortSignal | undefined) => ({
		signal: signal ?? new AbortController().signal,
		attempt: Math.max(1, job.attemptsStarted),
		isFinalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
	});

	const processChunk = async (job: AnyRenderJob, signal: AbortSignal | undefined): Promise<RenderChunkResult> => {
		const parsed = renderChunkJobDataSchema.safeParse(job.data);
		if (!parsed.success) throw new UnrecoverableError(`Malformed chunk job data: ${parsed.error.message}`);
		const untrack = track(parsed.data.renderId, job.id ?? '');
		try {
			return await runRenderChunk(parsed.data, attemptOf(job, signal), render.ctx);
		} catch (error) {
			await announce(parsed.data.renderId);
			if (!isRetryableRenderError(error)) throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
			throw error;
		} finally {
			untrack();
		}
	};

	const processor = async (job: AnyRenderJob, token?: string, signal?: AbortSignal): Promise<RenderResult | RenderChunkResult> => {
		if (job.name === RENDER_CHUNK_JOB_NAME) return processChunk(job, signal);
		const parsed = renderJobDataSchema.safeParse(job.data);
		if (!parsed.success) throw new UnrecoverableError(`Malformed job data: ${parsed.error.message}`);
		const untrack = track(parsed.data.renderId, job.id ?? '');
		try {
			const result = await runRender(
				parsed.data,
				{
					...attemptOf(job, signal),
					onProgress: (progress: RenderProgress) => {
						job.updateProgress(renderProgressSchema.parse(progress)).catch(() => {});
					},
					chunks: createChunkCoordinator(job as Job<RenderJobData, RenderResult>, token, chunkQueue),
				},
				render.ctx,
			);
			await announce(parsed.data.renderId);
			return result;
		} catch (error) {
			if (error instanceof WaitingChildrenError) throw error;
			await announce(parsed.data.renderId);
			// BullMQ retries anything but UnrecoverableError; keep the message users see.
			if (!isRetryableRenderError(error)) throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
			throw error;
		} finally {
			untrack();
		}
	};

	const worker = new Worker<RenderJobData | RenderChunkJobData, RenderResult | RenderChunkResult>(RENDER_QUEUE_NAME, processor, {
		connection,
		concurrency: config.workerConcurrency,
		lockDuration: config.jobLockMs,
		stalledInterval: config.jobLockMs,
		// A job whose worker died is put back and rendered again, twice at most.
		maxStalledCount: 2,
	});
	// Lambda renders only wait on AWS: many at once, on their own queue, without a local render slot.
	const lambdaWorker = render.ctx.lambda
		? new Worker<RenderJobData, RenderResult>(LAMBDA_RENDER_QUEUE_NAME, processor as (job: Job<RenderJobData, RenderResult>) => Promise<RenderResult>, {
				connection,
				concurrency: config.lambda?.concurrency ?? 1,
				lockDuration: config.jobLockMs,
				stalledInterval: config.jobLockMs,
				maxStalledCount: 2,
			})
		: null;
	const workers = [worker, ...(lambdaWorker ? [lambdaWorker] : [])];
	const onFailed = (job: AnyRenderJob | undefined, error: Error) => {
		logger.debug('job failed', { jobId: job?.id, error: error.message });
		// A job given up without runRender's own handling (it stalled too often: its workers kept dying) would stay
		// "rendering" in the database forever; record the failure so the user sees it.
		const renderId = renderJobDataSchema.shape.renderId.safeParse(job?.data?.renderId);
		if (!job?.finishedOn || !renderId.success) return;
		db.render
			.updateMany({
				where: { id: renderId.data, status: { notIn: [...finishedStatuses] } },
				data: { status: 'failed', error: error.message, finishedAt: new Date() },
			})
			.then(({ count }) => (count > 0 ? announce(renderId.data) : undefined))
			.catch((failure: unknown) => logger.warn('could not record a failed job', { renderId: renderId.data, error: String(failure) }));
	};
	for (const each of workers) {
		each.on('error', (error) => logger.error('worker error', { error: error.message }));
		each.on('failed', onFailed);
	}

	await subscriber.subscribe(RENDER_CANCEL_CHANNEL);
	subscriber.on('message', (_channel, renderId: string) => {
		for (const jobId of activeJobs.get(renderId) ?? []) {
			if (workers.some((each) => each.cancelJob(jobId, 'cancelled by user'))) logger.info('cancelling render', { renderId, jobId });
		}
	});

	await Promise.all(workers.map((each) => each.waitUntilReady()));
	logger.info('worker ready', { queue: RENDER_QUEUE_NAME, concurrency: config.workerConcurrency, browser: render.ctx.resolvedBrowser.source });
	return {
		worker,
		close: async () => {
			await Promise.all(workers.map((each) => each.close()));
			await chunkQueue.close();
			await webhooks.close();
			subscriber.disconnect();
			await render.close();
			connection.disconnect();
		},
	};
};
