import { z } from 'zod';
import { captionsWithDefaults } from '../captions/captions-with-defaults.js';
import { cssColorSchema } from '../shared/css-color-schema.js';
import { clipSchema } from '../shared/media-schemas.js';
import { narratedFields } from '../shared/narrated-fields.js';

export const splitScreenSchema = z.object({
	...narratedFields,
	captions: captionsWithDefaults({ position: 'center', preset: 'pill', fontSizePx: 76 }),
	top: clipSchema.describe('The story clip, on top'),
	bottom: clipSchema
		.extend({ loop: z.boolean().default(true), muted: z.boolean().default(true) })
		.describe('A second loop below: gameplay, satisfying footage'),
	topShare: z.number().min(0.3).max(0.7).default(0.5).describe('Fraction of the height the top clip takes (vertical formats); width in 16:9'),
	dividerColor: cssColorSchema.default('#000000'),
	duckClipsUnderVoiceover: z.number().min(0).max(1).default(0.2),
});

export type SplitScreenProps = z.infer<typeof splitScreenSchema>;
