import type { Job } from 'bullmq';
import type { RenderJobData } from '../../../core/contracts/render-job.js';
import type { ProducedVideo, RenderAttempt, ReportProgress } from '../render-attempt.js';
import type { RenderContext } from '../render-context.js';

export type ProduceInput = {
	data: RenderJobData;
	attempt: RenderAttempt;
	/** The render's context: its storage is its workspace's. */
	ctx: RenderContext;
	/** Where the finished MP4 goes, in this process's scratch space. */
	outputPath: string;
	signal: AbortSignal;
	report: ReportProgress;
};

/**
 * One place a render can run (declared in core/contracts/render-backends.ts). runRender does everything around it
 * (claim, progress, storing the output, done or failed); the backend only turns the job into a file.
 */
export type RenderBackend = {
	/** The finished video in `outputPath`. May park the job instead (BullMQ's WaitingChildrenError) and be run again. */
	produce: (input: ProduceInput) => Promise<ProducedVideo>;
	/** Other jobs the backend puts on its queue (a chunked render's chunks), by BullMQ job name. */
	jobs?: Record<string, (job: Job, attempt: Pick<RenderAttempt, 'signal' | 'attempt' | 'isFinalAttempt'>, ctx: RenderContext) => Promise<unknown>>;
};
