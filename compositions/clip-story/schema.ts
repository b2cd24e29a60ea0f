import { z } from 'zod';
import { cssColorSchema } from '../shared/css-color-schema.js';
import { clipSchema } from '../shared/media-schemas.js';
import { narratedFields } from '../shared/narrated-fields.js';
import { textProp } from '../shared/prop-roles.js';
import { transitionsSchema } from '../transitions/transition-schema.js';

export const clipStorySchema = z.object({
	...narratedFields,
	clips: z.array(clipSchema).min(1).max(30).describe('Shown one after another, cover-cropped; clips without a duration share the time left'),
	hook: z
		.object({
			text: textProp(z.string().max(200)).default('').describe('Card over the opening; empty: no card'),
			durationSeconds: z.number().min(0.3).max(10).default(1.8).describe('Used when the narration does not say when the hook ends'),
		})
		.prefault({}),
	endCard: z
		.object({
			text: textProp(z.string().max(200)).default('').describe('Call to action on the closing card; empty: no card'),
			durationSeconds: z.number().min(0.5).max(10).default(2),
			backgroundColor: cssColorSchema.default('#111111'),
		})
		.prefault({}),
	transitions: transitionsSchema.describe('How each clip gives way to the next (default: a hard cut); captions and voiceover keep their times'),
	accentColor: cssColorSchema.default('#FFE14D'),
	duckClipsUnderVoiceover: z.number().min(0).max(1).default(0.2),
});

export type ClipStoryProps = z.infer<typeof clipStorySchema>;
