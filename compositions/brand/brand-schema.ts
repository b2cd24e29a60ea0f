import { z } from 'zod';
import { captionFontSchema } from '../captions/caption-word-schema.js';
import { cssColorSchema } from '../shared/css-color-schema.js';
import { mediaSrcSchema } from '../shared/media-schemas.js';
import { textProp } from '../shared/prop-roles.js';

const cornerSchema = z.enum(['top-left', 'top-right', 'bottom-left', 'bottom-right']);

/** A card or a clip shown before (intro) or after (outro) the template, in the brand's colours and font. */
const bookendSchema = z.object({
	text: textProp(z.string().max(200)).default('').describe('Card text (ignored when a clip is given)'),
	clip: z
		.object({ src: mediaSrcSchema, trimStartSeconds: z.number().min(0).default(0) })
		.optional()
		.describe('A clip instead of a card (shown muted)'),
	durationSeconds: z.number().min(0.3).max(10).default(1.5),
});

/**
 * A brand as props: what a brand kit puts on any template at render time. Fonts, colours and the caption style reach
 * the template's own props (core/brand-kits/); logo, watermark, intro and outro are drawn around it by BrandFrame.
 */
export const brandSchema = z.object({
	colors: z
		.object({
			primary: cssColorSchema.default('#FFE14D').describe('Accent: cards, the spoken word'),
			secondary: cssColorSchema.default('#FF4D6D').describe('Emphasised words'),
			text: cssColorSchema.default('#FFFFFF'),
			background: cssColorSchema.default('#111111').describe('Intro, outro and end cards'),
		})
		.prefault({}),
	font: captionFontSchema.describe('Font of captions and cards (one that ships with Reelforge)'),
	fontFile: z
		.object({ src: mediaSrcSchema.describe('An uploaded WOFF2, WOFF, TTF or OTF file (storage:…)') })
		.optional()
		.describe('Uploaded font for the intro, outro and watermark; captions keep `font`'),
	logo: z
		.object({
			src: mediaSrcSchema,
			position: cornerSchema.default('top-right'),
			widthShare: z.number().min(0.03).max(0.5).default(0.16).describe('Width as a share of the frame width'),
			opacity: z.number().min(0).max(1).default(0.9),
		})
		.optional(),
	watermark: z
		.object({
			text: textProp(z.string().trim().min(1).max(80)),
			position: cornerSchema.default('bottom-left'),
			opacity: z.number().min(0).max(1).default(0.6),
		})
		.optional(),
	intro: bookendSchema.optional(),
	outro: bookendSchema.optional(),
	safeZone: z
		.object({
			top: z.number().min(0).max(0.3).default(0.04),
			right: z.number().min(0).max(0.3).default(0.04),
			bottom: z.number().min(0).max(0.3).default(0.04),
			left: z.number().min(0).max(0.3).default(0.04),
		})
		.prefault({})
		.describe('Margins (shares of the frame) that keep the logo and watermark off the edges'),
});
export type Brand = z.output<typeof brandSchema>;
export type BrandInput = z.input<typeof brandSchema>;

/** Frames the intro and outro add around the template. */
export const bookendFramesOf = (brand: Brand | undefined, fps: number) => ({
	intro: brand?.intro ? Math.round(brand.intro.durationSeconds * fps) : 0,
	outro: brand?.outro ? Math.round(brand.outro.durationSeconds * fps) : 0,
});
