import { z } from 'zod';
import { brandSchema } from '../../compositions/brand/brand-schema.js';
import { captionStyleSchema } from '../../compositions/captions/caption-word-schema.js';

/**
 * The caption style fields a kit sets. Checked like the template's own style, but kept as given: a field the kit
 * leaves out keeps the template's default (split-screen's pill preset, say), not captionStyleSchema's.
 */
export const brandCaptionStyleSchema = z
	.record(z.string(), z.unknown())
	.superRefine((style, ctx) => {
		const known = captionStyleSchema.shape as Record<string, z.ZodType>;
		for (const [field, value] of Object.entries(style)) {
			const schema = known[field];
			if (!schema) {
				ctx.addIssue({ code: 'custom', path: [field], message: `"${field}" is not a caption style field (${Object.keys(known).join(', ')})` });
				continue;
			}
			const parsed = schema.safeParse(value);
			if (!parsed.success)
				for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [field, ...issue.path.map(String)], message: issue.message });
		}
	})
	.describe('Caption style fields to set (preset, fontSizePx, position, uppercase, …); colours and font come from the brand');

export const brandKitInputSchema = z.object({
	name: z.string().trim().min(1).max(100),
	brand: brandSchema,
	captionStyle: brandCaptionStyleSchema.default({}),
});
export type BrandKitInput = z.input<typeof brandKitInputSchema>;
export type BrandKit = z.output<typeof brandKitInputSchema>;
