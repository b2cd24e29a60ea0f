import { z } from 'zod';
import { captionsWithDefaults } from '../captions/captions-with-defaults.js';
import { cssColorSchema } from '../shared/css-color-schema.js';
import { clipSchema, imageSchema } from '../shared/media-schemas.js';
import { narratedFields } from '../shared/narrated-fields.js';

export const backgroundSchema = z.discriminatedUnion('type', [
	clipSchema.extend({ type: z.literal('clip') }),
	imageSchema.extend({ type: z.literal('image') }),
	z.object({ type: z.literal('gradient'), colors: z.array(cssColorSchema).min(2).max(5).default(['#1E3A8A', '#7C3AED', '#DB2777']) }),
]);

export const facelessNarrationSchema = z.object({
	...narratedFields,
	captions: captionsWithDefaults({ position: 'center', preset: 'pop', fontSizePx: 110 }),
	backgrounds: z
		.array(backgroundSchema)
		.min(1)
		.max(30)
		.describe('Shown one after another, sharing the length equally: clips, images with Ken Burns motion, or moving gradients'),
	dimBackground: z.number().min(0).max(0.9).default(0.25).describe('Darkens the background so captions read'),
});

export type FacelessNarrationProps = z.infer<typeof facelessNarrationSchema>;
export type Background = z.infer<typeof backgroundSchema>;
