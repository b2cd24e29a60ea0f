import { z } from 'zod';
import { captionsSchema } from '../captions/caption-word-schema.js';
import { cssColorSchema } from '../shared/css-color-schema.js';
import { clipSchema, mediaSrcSchema } from '../shared/media-schemas.js';
import { videoFormatSchema } from '../shared/video-format.js';

export const captionedClipSchema = z.object({
	format: videoFormatSchema,
	fps: z.union([z.literal(24), z.literal(25), z.literal(30), z.literal(60)]).default(30),
	durationInSeconds: z.number().min(0.5).max(180).optional().describe('Length of the video; default: until the last caption word ends, plus a short tail'),
	background: clipSchema.describe('Clip shown full-frame, cover-cropped'),
	backgroundColor: cssColorSchema.default('#111111').describe('Shown where the clip does not cover the frame'),
	voiceover: z
		.object({
			src: mediaSrcSchema,
			volume: z.number().min(0).max(2).default(1),
			durationInSeconds: z.number().min(0).max(3600).optional().describe('Set by the worker from the synthesised audio'),
		})
		.optional()
		.describe('Narration; a render with a script gets this (and caption timings) from its voiceover'),
	duckClipUnderVoiceover: z.number().min(0).max(1).default(0.25).describe('Clip audio volume multiplier while a voiceover plays'),
	captions: captionsSchema.prefault({}),
	zoomPunches: z
		.array(z.object({ atSeconds: z.number().min(0), intensity: z.number().min(0).max(1).default(0.6) }))
		.max(500)
		.default([])
		.describe('Explicit zoom punches'),
	punchOnEmphasis: z.boolean().default(true).describe('Add a zoom punch where an emphasised word starts'),
});

export type CaptionedClipProps = z.infer<typeof captionedClipSchema>;
