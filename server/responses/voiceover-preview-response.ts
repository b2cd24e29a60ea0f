import { z } from 'zod';
import { responseObject } from './response-object.js';

export const voiceoverPreviewResponseSchema = responseObject({
	id: z.string(),
	src: z.string().describe('What a render’s props name it by (voiceover.src)'),
	audioUrl: z.string().describe('A signed link to the audio'),
	durationMs: z.number(),
	loudnessLufs: z.number().nullable(),
	words: z
		.array(
			responseObject({
				text: z.string(),
				startMs: z.number(),
				endMs: z.number(),
				charStart: z.number().optional().describe('Where the word starts in the spoken text (UTF-16 index)'),
				charEnd: z.number().optional().describe('Where it ends in the spoken text'),
			}),
		)
		.describe('Word timings of the speech'),
	cacheHit: z.boolean().describe('The same text and voice were spoken before'),
});
