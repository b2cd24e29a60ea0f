import { z } from 'zod';
import { captionsSchema } from '../captions/caption-word-schema.js';
import { interruptScheduleSchema } from '../interrupts/interrupt-schema.js';
import { musicSchema, segmentSchema, voiceoverSchema } from './media-schemas.js';
import { videoFormatSchema } from './video-format.js';

/** Fields every narrated template shares: format, voice, music, captions and when each script part is spoken. */
export const narratedFields = {
	format: videoFormatSchema,
	fps: z.union([z.literal(24), z.literal(25), z.literal(30), z.literal(60)]).default(30),
	durationInSeconds: z.number().min(0.5).max(600).optional().describe('Length of the video; default: the narration (or the content) plus a short tail'),
	voiceover: voiceoverSchema.optional(),
	music: musicSchema.optional(),
	segments: z.array(segmentSchema).max(100).default([]).describe('When the hook, each beat and the call to action are spoken (set from the voiceover)'),
	captions: captionsSchema.prefault({}),
	interrupts: interruptScheduleSchema
		.prefault({})
		.describe('Pattern interrupts: zoom punches, flashes, shakes, glitches, emoji pops, B-roll; auto mode keeps a visual change at least every 2.5 s'),
};

const narratedObject = z.object(narratedFields);
export type NarratedProps = z.infer<typeof narratedObject>;
