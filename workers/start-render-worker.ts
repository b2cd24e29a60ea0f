import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../core/config/load-config.js';
import {
	jobIdOf,
	RENDER_CANCEL_CHANNEL,
	RENDER_QUEUE_NAME,
	type RenderJobData,
	type RenderProgress,
	type RenderResult,
	renderJobDataSchema,
	renderProgressSchema,
} from '../core/contracts/render-job.js';
import { finishedStatuses } from '../core/contracts/render-status.js';
import type { Database } from '../core/db/create-database.js';
import type { Logger } from '../core/log/create-logger.js';
import { notifyRenderFinished } from '../core/webhooks/notify-render-finished.js';
import { openWebhookQueue } from '../core/webhooks/open-webhook-queue.js';
import { webhookNoticeOf } from '../core/webhooks/webhook-notice-of.js';
import { createRenderContext } from './create-render-context.js';
import { isRetryableRenderError } from './render-errors.js';
import { runRender } from './run-render.js';

export type RenderWorker = { worker: Worker<RenderJobData, RenderResult>; close: () => Promise<void> };

/** A BullMQ worker that renders jobs from the render queue until closed. */
export const startRenderWorker = async ({
	config,
	db,
	redisUrl,
	logger,
}: {
	config: Config;
	db: Database;
	redisUrl: string;
	logger: Logger;
}): Promise<RenderWorker> => {
	const render = await createRenderContext(config, db, logger);
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

	const processor = async (job: Job<RenderJobData, RenderResult>, _token?: string, signal?: AbortSignal) => {
		const parsed = renderJobDataSchema.safeParse(job.data);
		if (!parsed.success) throw new UnrecoverableError(`Malformed job data: ${parsed.error.message}`);
		const maxAttempts = job.opts.attempts ?? 1;
		try {
			const result = await runRender(
				parsed.data,
				{
					signal: signal ?? new AbortController().signal,
					attempt: Math.max(1, job.attemptsStarted),
					isFinalAttempt: job.attemptsMade + 1 >= maxAttempts,
					onProgress: (progress: RenderProgress) => {
						job.updateProgress(renderProgressSchema.parse(progress)).catch(() => {});
					},
				},
				render.ctx,
			);
			await announce(parsed.data.renderId);
			return result;
		} catch (error) {
			await announce(parsed.data.renderId);
			// BullMQ retries anything but UnrecoverableError; keep the message users see.
			if (!isRetryableRenderError(error)) throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
			throw error;
		}
	};

	const worker = new Worker<RenderJobData, RenderResult>(RENDER_QUEUE_NAME, processor, {
		connection,
		concurrency: config.workerConcurrency,
		lockDuration: config.jobLockMs,
		stalledInterval: config.jobLockMs,
		// A job whose worker died is put back and rendered again, twice at most.
		maxStalledCount: 2,
	});
	worker.on('error', (error) => logger.error('worker error', { error: error.message }));
	worker.on('failed', (job, error) => {
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
	});

	await subscriber.subscribe(RENDER_CANCEL_CHANNEL);
	subscriber.on('message', (_channel, renderId: string) => {
		if (worker.cancelJob(jobIdOf(renderId), 'cancelled by user')) logger.info('cancelling render', { renderId });
	});

	await worker.waitUntilReady();
	logger.info('worker ready', { queue: RENDER_QUEUE_NAME, concurrency: config.workerConcurrency, browser: render.ctx.resolvedBrowser.source });
	return {
		worker,
		close: async () => {
			await worker.close();
			await webhooks.close();
			subscriber.disconnect();
			await render.close();
			connection.disconnect();
		},
	};
};
