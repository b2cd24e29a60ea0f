import { z } from 'zod';
import { deliveryOptionsShape } from '../delivery/delivery-options-schema.js';
import { captionsRequestSchema } from '../transcription/captions-request-schema.js';
import { voiceoverSpecSchema } from '../voiceover/voiceover-spec.js';
import { renderBackendSchema } from './render-backends.js';

/**
 * The contract between the API (which enqueues) and the workers (which render). Both sides parse with these schemas.
 * Which queue a job goes on is its backend's (core/contracts/render-backends.ts).
 */
/** Redis pub/sub channel on which the API asks every worker to stop one render; the message is the render id. */
export const RENDER_CANCEL_CHANNEL = 'reelforge:render-cancel';

export const renderOutputOptionsSchema = z.object({
	scale: z.number().gt(0).max(2).default(1).describe('Multiplies the template size: 0.25 renders 1080x1920 as 270x480'),
	crf: z.number().int().min(1).max(51).optional().describe('x264 quality, lower is better; default: Remotion default (18)'),
	videoBitrate: z
		.string()
		.regex(/^\d+(\.\d+)?[kKmM]$/, 'must look like 8M or 2500k')
		.optional()
		.describe('Target bitrate; used instead of crf on hardware encoders'),
	chunks: z
		.number()
		.int()
		.min(1)
		.max(64)
		.default(1)
		.describe('Split the video into this many frame ranges, rendered by any free workers at once and then joined (1: one worker renders it all)'),
	...deliveryOptionsShape,
});
export type RenderOutputOptions = z.infer<typeof renderOutputOptionsSchema>;

export const MAX_NARRATION_CHARS = 20_000;

/** What the worker turns into a voiceover and caption timings before rendering. */
export const narrationJobSchema = z.object({
	text: z.string().min(1).max(MAX_NARRATION_CHARS),
	/** Character ranges of `text` marked for emphasis. */
	emphasis: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })).max(5000),
	/** Character ranges of the hook, each beat and the call to action. */
	parts: z
		.array(z.object({ kind: z.enum(['hook', 'beat', 'cta']), start: z.number().int().min(0), end: z.number().int().min(0) }))
		.max(100)
		.default([]),
	voice: voiceoverSpecSchema,
	scriptId: z.string().nullable(),
});
export type NarrationJob = z.infer<typeof narrationJobSchema>;

/** What the first step of a chunked render decided; kept on its job so the join after the chunks knows the video. */
export const chunkPlanSchema = z.object({
	durationInFrames: z.number().int().positive(),
	fps: z.number().positive(),
	width: z.number().int().positive(),
	height: z.number().int().positive(),
	framesPerChunk: z.number().int().positive(),
	chunkCount: z.number().int().positive(),
	/** Milliseconds spent before the chunks were queued (voiceover, media, bundle, composition). */
	voiceoverMs: z.number(),
	prepareMs: z.number(),
	bundleMs: z.number(),
	/** When the chunks were queued (epoch ms): the render stage lasts from here to the end of the join. */
	chunksQueuedAt: z.number(),
});
export type ChunkPlan = z.infer<typeof chunkPlanSchema>;

export const renderJobDataSchema = z.object({
	renderId: z.string().min(1),
	template: z.string().min(1),
	props: z.record(z.string(), z.unknown()),
	output: renderOutputOptionsSchema,
	narration: narrationJobSchema.nullable().default(null),
	/** Where the captions come from when not from the voiceover (transcribed, aligned, read from subtitles). */
	captions: captionsRequestSchema.nullable().optional(),
	backend: renderBackendSchema.default('local'),
	/** Set once a chunked render's chunks are queued; the job then joins them when they are done. */
	chunking: chunkPlanSchema.optional(),
});
export type RenderJobData = z.infer<typeof renderJobDataSchema>;

/** One frame range of a chunked render, a child job of the render's own job. Props are final (narration applied). */
export const renderChunkJobDataSchema = z.object({
	renderId: z.string().min(1),
	template: z.string().min(1),
	props: z.record(z.string(), z.unknown()),
	output: renderOutputOptionsSchema,
	index: z.number().int().min(0),
	/** Inclusive, in the composition's frames. */
	frameRange: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
	durationInFrames: z.number().int().positive(),
});
export type RenderChunkJobData = z.infer<typeof renderChunkJobDataSchema>;

/** Where a finished chunk's video (MPEG-TS) and audio (AAC) were stored. */
export const renderChunkResultSchema = z.object({
	index: z.number().int().min(0),
	videoKey: z.string(),
	audioKey: z.string().nullable(),
	frames: z.number().int().positive(),
	encoder: z.string(),
	renderMs: z.number(),
});
export type RenderChunkResult = z.infer<typeof renderChunkResultSchema>;

/** BullMQ job name of a chunk (the render's own job is named 'render'). */
export const RENDER_CHUNK_JOB_NAME = 'chunk';

export const renderStageSchema = z.enum(['preparing', 'bundling', 'rendering', 'encoding', 'uploading']);
export type RenderStage = z.infer<typeof renderStageSchema>;

export const renderProgressSchema = z.object({
	stage: renderStageSchema,
	/** 0..1 over the whole job. */
	progress: z.number().min(0).max(1),
	renderedFrames: z.number().int().min(0),
	encodedFrames: z.number().int().min(0),
	totalFrames: z.number().int().min(0),
});
export type RenderProgress = z.infer<typeof renderProgressSchema>;

export const stageTimingsSchema = z.object({
	voiceoverMs: z.number(),
	prepareMs: z.number(),
	bundleMs: z.number(),
	renderMs: z.number(),
	uploadMs: z.number(),
});
export type StageTimings = z.infer<typeof stageTimingsSchema>;

export const renderResultSchema = z.object({
	outputKey: z.string(),
	sizeBytes: z.number().int().nonnegative(),
	encoder: z.string(),
	width: z.number().int(),
	height: z.number().int(),
	fps: z.number(),
	durationInFrames: z.number().int(),
	timings: stageTimingsSchema,
});
export type RenderResult = z.infer<typeof renderResultSchema>;

/** The BullMQ job id of a render: one job per render, so a render is never queued twice. */
export const jobIdOf = (renderId: string) => `render-${renderId}`;
/**
 * A chunk's job id. `renderJobTimestamp` (when the render's job was queued) is the same for every attempt of that job,
 * so a re-run of the split queues nothing twice, and new for a retried render, whose chunks must not be mistaken for
 * the old ones.
 */
export const chunkJobIdOf = (renderId: string, renderJobTimestamp: number, index: number) => `render-${renderId}-${renderJobTimestamp}-chunk-${index}`;
