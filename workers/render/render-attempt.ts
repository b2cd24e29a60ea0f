import type { Job, Queue } from 'bullmq';
import type { RenderJobData, RenderProgress, RenderResult, StageTimings } from '../../core/contracts/render-job.js';
import type { FinishedVideo } from '../../core/renders/record-done.js';

/** The BullMQ job behind an attempt, for backends that fan a render out into child jobs any worker takes. */
export type QueuedRenderJob = {
	job: Job<RenderJobData, RenderResult>;
	token: string | undefined;
	/** The job's own queue, where its children go. */
	queue: Queue;
};

export type RenderAttempt = {
	signal: AbortSignal;
	/** 1-based. */
	attempt: number;
	isFinalAttempt: boolean;
	onProgress: (progress: RenderProgress) => void;
	/** Absent where no queue is behind the render (the CLI, benchmarks): nothing can be fanned out then. */
	queued?: QueuedRenderJob;
};

export type ReportProgress = (progress: RenderProgress, force?: boolean) => void;

/** A rendered file in scratch space and what it is, before it is stored. */
export type ProducedVideo = {
	file: string;
	/** `encoder` may name more than one (chunks rendered on different machines) or the backend's (Lambda). */
	video: Pick<FinishedVideo, 'encoder' | 'width' | 'height' | 'fps' | 'durationInFrames'>;
	timings: Omit<StageTimings, 'uploadMs'>;
	/** Backend-specific columns recorded with the finished render. */
	record: FinishedVideo['record'];
	/** Removes what the backend left behind (a chunked render's chunks), once the output is safely stored. */
	cleanup?: () => Promise<void>;
};
