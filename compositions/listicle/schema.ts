import { z } from 'zod';
import { cssColorSchema } from '../shared/css-color-schema.js';
import { clipSchema } from '../shared/media-schemas.js';
import { narratedFields } from '../shared/narrated-fields.js';
import { textProp } from '../shared/prop-roles.js';

export const listicleSchema = z.object({
	...narratedFields,
	title: textProp(z.string().max(120)).default('').describe('Shown over the opening (the hook); empty: none'),
	items: z
		.array(z.object({ text: textProp(z.string().trim().min(1).max(120)).describe('The point, shown as a header'), clip: clipSchema }))
		.min(1)
		.max(20)
		.describe('Numbered points, each over its own clip; with narration each lasts as long as its beat is spoken'),
	countDown: z.boolean().default(false).describe('Number the points from the highest down to 1'),
	accentColor: cssColorSchema.default('#22D3EE'),
	duckClipsUnderVoiceover: z.number().min(0).max(1).default(0.2),
});

export type ListicleProps = z.infer<typeof listicleSchema>;
