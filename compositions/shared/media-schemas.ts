import { z } from 'zod';
import { mediaProp, textProp } from './prop-roles.js';
import { isStorageKey } from './storage-key.js';

/**
 * Media is referenced by a field named `src`: an http(s) URL, or `storage:<key>` for a file in Reelforge's storage.
 * Workers fetch every `src` before rendering, so a clip that cannot be loaded fails with its name in the error.
 */
export const mediaSrcSchema = mediaProp(
	z
		.string()
		.trim()
		.min(1)
		.refine((value) => /^https?:\/\//.test(value) || (value.startsWith('storage:') && isStorageKey(value.slice('storage:'.length))), {
			message: 'must be an http(s) URL or storage:<key> (a key without .., absolute or hidden segments)',
		}),
).describe('http(s) URL or storage:<key>');

/** A crop position (objectPosition, 0..1) at a time of the source; `cut`: a new shot starts here, so the crop jumps instead of panning. */
export const focalKeySchema = z.object({
	atSeconds: z.number().min(0),
	x: z.number().min(0).max(1),
	y: z.number().min(0).max(1),
	cut: z.boolean().default(false),
});
export type FocalKey = z.infer<typeof focalKeySchema>;
export const focalPathSchema = z.array(focalKeySchema).max(20_000);

export const clipSchema = z.object({
	src: mediaSrcSchema,
	trimStartSeconds: z.number().min(0).default(0).describe('Seconds skipped at the start of the clip'),
	durationSeconds: z.number().gt(0).max(600).optional().describe('How long the clip is shown; default: the template decides'),
	focalPoint: z
		.union([z.enum(['auto']), z.object({ x: z.number().min(0).max(1).default(0.5), y: z.number().min(0).max(1).default(0.5) })])
		.prefault({})
		.describe('Point kept in frame when cover-cropping (0..1 from the top left), or auto: follow the moving subject, jumping at cuts'),
	focalPath: focalPathSchema.optional().describe('Set by the worker for focalPoint auto: where the crop sits over the source, by source time'),
	playbackRate: z.number().min(0.25).max(4).default(1),
	volume: z.number().min(0).max(2).default(1),
	muted: z.boolean().default(false),
	loop: z.boolean().default(false).describe('Repeat the clip when it is shorter than its slot'),
	sourceDurationSeconds: z.number().gt(0).max(36_000).optional().describe('Length of the source file; the worker measures it for looping clips'),
	caption: textProp(z.string().max(200)).optional().describe('Credit or note for the clip (author, platform)'),
});

export type Clip = z.infer<typeof clipSchema>;

export const imageSchema = z.object({
	src: mediaSrcSchema,
	kenBurns: z.boolean().default(true).describe('Slow zoom and pan'),
	focalPoint: z.object({ x: z.number().min(0).max(1).default(0.5), y: z.number().min(0).max(1).default(0.5) }).prefault({}),
});
export type Image = z.infer<typeof imageSchema>;

export const voiceoverSchema = z
	.object({
		src: mediaSrcSchema,
		volume: z.number().min(0).max(2).default(1),
		durationInSeconds: z.number().min(0).max(3600).optional().describe('Set by the worker from the synthesised audio'),
	})
	.describe('Narration; a render with a script gets this (and caption timings) from its voiceover');

export const musicSchema = z.object({
	src: mediaSrcSchema,
	volume: z.number().min(0).max(1).default(0.35),
	duckTo: z.number().min(0).max(1).default(0.25).describe('Multiplier on the music volume while someone speaks'),
});

export const segmentSchema = z.object({ kind: z.enum(['hook', 'beat', 'cta']), startMs: z.number().min(0), endMs: z.number().min(0) });
export type Segment = z.infer<typeof segmentSchema>;
