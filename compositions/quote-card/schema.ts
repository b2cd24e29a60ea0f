import { z } from 'zod';
import { captionsWithDefaults } from '../captions/captions-with-defaults.js';
import { cssColorSchema } from '../shared/css-color-schema.js';
import { narratedFields } from '../shared/narrated-fields.js';
import { textProp } from '../shared/prop-roles.js';

export const quoteCardSchema = z.object({
	...narratedFields,
	captions: captionsWithDefaults({ position: 'bottom', preset: 'outline', fontSizePx: 64 }),
	quote: textProp(z.string().trim().min(1).max(400)).describe('The text; its words appear as they are spoken (or evenly without narration)'),
	author: textProp(z.string().trim().max(120)).default(''),
	showCaptions: z.boolean().default(false).describe('Word captions as well as the quote (off: the quote itself is the caption)'),
	colors: z.array(cssColorSchema).min(2).max(5).default(['#0F172A', '#312E81', '#9D174D']),
	textColor: cssColorSchema.default('#FFFFFF'),
	highlightColor: cssColorSchema.default('#FDE047'),
	fontSizePx: z.number().int().min(24).max(200).default(84),
});

export type QuoteCardProps = z.infer<typeof quoteCardSchema>;
