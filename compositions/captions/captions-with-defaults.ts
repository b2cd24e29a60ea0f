import { z } from 'zod';
import { captionLanguageSchema, captionStyleSchema, captionWordSchema } from './caption-word-schema.js';

/** The captions field with a template's own style defaults (a caller's values still win). */
export const captionsWithDefaults = (defaults: Partial<z.input<typeof captionStyleSchema>>) =>
	z
		.object({
			words: z.array(captionWordSchema).max(5000).default([]),
			language: captionLanguageSchema,
			style: z.preprocess((value) => ({ ...defaults, ...(value as object | undefined) }), captionStyleSchema),
		})
		.prefault({ style: {} });
