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

/** Where a produced video's mix is, and how many samples of encoder delay at its start are not sound (played as such). */
export type ProducedAudio = { file: string; encoderDelaySamples: number };

/** A rendered file in scratch space and what it is, before it is stored. */
export type ProducedVideo = {
	file: string;
	/**
	 * The mix the picture was rendered with (null: the format has no sound), which the delivery step
	 * (delivery/finish-delivered-file.ts) measures, brings to loudness and encodes with its encoder delay signalled.
	 */
	audio: ProducedAudio | null;
	/** `encoder` may name more than one (chunks rendered on different machines) or the backend's (Lambda). */
	video: Pick<FinishedVideo, 'encoder' | 'width' | 'height' | 'fps' | 'durationInFrames'>;
	timings: Omit<StageTimings, 'uploadMs'>;
	/** Backend-specific columns recorded with the finished render. */
	record: FinishedVideo['record'];
	/** Removes what the backend left behind (a chunked render's chunks), once the output is safely stored. */
	cleanup?: () => Promise<void>;
};
