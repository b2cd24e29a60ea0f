import { z } from 'zod';
import { captionStyleSchema, captionWordSchema } from '../captions/caption-word-schema.js';
import { clipSchema } from '../shared/media-schemas.js';
import { videoFormatSchema } from '../shared/video-format.js';

export const captionedClipSchema = z.object({
	format: videoFormatSchema,
	fps: z.union([z.literal(24), z.literal(25), z.literal(30), z.literal(60)]).default(30),
	durationInSeconds: z.number().min(0.5).max(180).optional().describe('Length of the video; default: until the last caption word ends, plus a short tail'),
	background: clipSchema.describe('Clip shown full-frame, cover-cropped'),
	backgroundColor: z.string().default('#111111').describe('Shown where the clip does not cover the frame'),
	captions: z.object({
		words: z.array(captionWordSchema).max(5000).default([]),
		style: captionStyleSchema.prefault({}),
	}),
	zoomPunches: z
		.array(z.object({ atSeconds: z.number().min(0), intensity: z.number().min(0).max(1).default(0.6) }))
		.max(500)
		.default([])
		.describe('Explicit zoom punches'),
	punchOnEmphasis: z.boolean().default(true).describe('Add a zoom punch where an emphasised word starts'),
});

export type CaptionedClipProps = z.infer<typeof captionedClipSchema>;
