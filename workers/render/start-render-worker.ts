import { type Job, Queue, UnrecoverableError, WaitingChildrenError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../../core/config/load-config.js';
import { renderBackends as declarations, type RenderBackendId, renderBackendIds, renderQueueNames } from '../../core/contracts/render-backends.js';
import { RENDER_CANCEL_CHANNEL, type RenderJobData, type RenderProgress, renderJobDataSchema, renderProgressSchema } from '../../core/contracts/render-job.js';
import type { Database } from '../../core/db/create-database.js';
import type { LambdaApi } from '../../core/lambda/lambda-client.js';
import type { Logger } from '../../core/log/create-logger.js';
import { recordFailure } from '../../core/renders/record-failure.js';
import { notifyRenderFinished } from '../../core/webhooks/notify-render-finished.js';
import { openWebhookQueue } from '../../core/webhooks/open-webhook-queue.js';
import { webhookNoticeOf } from '../../core/webhooks/webhook-notice-of.js';
import { renderBackends } from './backends/render-backends.js';
import { createRenderContext } from './create-render-context.js';
import type { RenderAttempt } from './render-attempt.js';
import { isRetryableRenderError } from './render-errors.js';
import { runRender } from './run-render.js';

export type RenderWorker = { workers: Worker[]; close: () => Promise<void> };

/** The backends whose renders this worker can run (Lambda only where it is configured), and their queues. */
const servedQueues = (config: Config) => {
	const served = renderBackendIds.filter((id) => declarations[id].unavailableBecause(config) === null);
	return renderQueueNames.filter((queue) => served.some((id) => declarations[id].queue === queue));
};

/** Renders one queue takes at once: local renders use this machine (WORKER_CONCURRENCY), Lambda renders only wait on AWS. */
const concurrencyOf = (config: Config, queue: string) => (queue === declarations.lambda.queue ? (config.lambda?.concurrency ?? 1) : config.workerConcurrency);

/**
 * BullMQ workers that render jobs until closed: one per render queue a backend this machine can serve uses. A job is
 * the render itself (runRender, whichever backend produces it) or one of a backend's own jobs (a chunked render's chunks).
 */
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
	subscriber.on('error', (error) => logger.warn('redis subscriber error', { error: error.message }));
	const webhooks = openWebhookQueue(redisUrl, logger);
	const notice = webhookNoticeOf(config);
	// Queues the render's webhook event once it is final; does nothing for an attempt that will be retried.
	const announce = (renderId: string) =>
		notifyRenderFinished(db, webhooks.queue, renderId, notice).catch((error: unknown) =>
			logger.warn('could not queue webhook', { renderId, error: String(error) }),
		);

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
	const attemptOf = (job: Job, signal: AbortSignal | undefined) => ({
		signal: signal ?? new AbortController().signal,
		attempt: Math.max(1, job.attemptsStarted),
		isFinalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
	});
	// Another job a backend puts on its queue (its name is the backend's), or the render's own job.
	const backendJobOf = (name: string) => renderBackendIds.map((id) => renderBackends[id].jobs?.[name]).find((handler) => handler !== undefined);

	const processorFor = (queue: Queue) => async (job: Job, token?: string, signal?: AbortSignal) => {
		const renderId = typeof job.data?.renderId === 'string' ? job.data.renderId : '';
		const untrack = track(renderId, job.id ?? '');
		try {
			const handler = backendJobOf(job.name);
			const result = handler
				? await handler(job, attemptOf(job, signal), render.ctx)
				: await runRender(parsedRenderJob(job), renderAttempt(job as Job<RenderJobData>, token, signal, queue), render.ctx);
			if (!handler) await announce(renderId);
			return result;
		} catch (error) {
			if (error instanceof WaitingChildrenError) throw error;
			await announce(renderId);
			// BullMQ retries anything but UnrecoverableError; keep the message users see.
			if (!isRetryableRenderError(error)) throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
			throw error;
		} finally {
			untrack();
		}
	};
	const parsedRenderJob = (job: Job): RenderJobData => {
		const parsed = renderJobDataSchema.safeParse(job.data);
		if (!parsed.success) throw new UnrecoverableError(`Malformed job data: ${parsed.error.message}`);
		return parsed.data;
	};
	const renderAttempt = (job: Job<RenderJobData>, token: string | undefined, signal: AbortSignal | undefined, queue: Queue): RenderAttempt => ({
		...attemptOf(job, signal),
		onProgress: (progress: RenderProgress) => {
			job.updateProgress(renderProgressSchema.parse(progress)).catch(() => {});
		},
		queued: { job, token, queue },
	});

	const queues = servedQueues(config).map((name) => {
		const queue = new Queue(name, { connection });
		queue.on('error', (error) => logger.warn('queue error', { queue: name, error: error.message }));
		return queue;
	});
	const workers = queues.map(
		(queue) =>
			new Worker(queue.name, processorFor(queue), {
				connection,
				concurrency: concurrencyOf(config, queue.name),
				lockDuration: config.jobLockMs,
				stalledInterval: config.jobLockMs,
				// A job whose worker died is put back and rendered again, twice at most.
				maxStalledCount: 2,
			}),
	);
	const onFailed = (job: Job | undefined, error: Error) => {
		logger.debug('job failed', { jobId: job?.id, error: error.message });
		// A job given up without runRender's own handling (it stalled too often: its workers kept dying) would stay
		// "rendering" in the database forever; record the failure so the user sees it.
		const renderId = renderJobDataSchema.shape.renderId.safeParse(job?.data?.renderId);
		if (!job?.finishedOn || !renderId.success) return;
		recordFailure(db, renderId.data, { message: error.message, final: true, attempt: job.attemptsMade })
			.then((recorded) => (recorded ? announce(renderId.data) : undefined))
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
	const backends: RenderBackendId[] = renderBackendIds.filter((id) => queues.some((queue) => queue.name === declarations[id].queue));
	logger.info('worker ready', {
		queues: queues.map((queue) => queue.name),
		backends,
		concurrency: config.workerConcurrency,
		browser: render.ctx.resolvedBrowser.source,
	});
	return {
		workers,
		close: async () => {
			await Promise.all(workers.map((each) => each.close()));
			await Promise.all(queues.map((queue) => queue.close()));
			await webhooks.close();
			subscriber.disconnect();
			await render.close();
			connection.disconnect();
		},
	};
};
