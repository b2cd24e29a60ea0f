import { z } from 'zod';
import { cssColorSchema } from '../shared/css-color-schema.js';
import { textProp } from '../shared/prop-roles.js';

/** One spoken word with its timing, as produced by a voiceover's alignment. */
export const captionWordSchema = z
	.object({
		text: textProp(z.string().trim().min(1).max(64)),
		startMs: z.number().min(0),
		endMs: z.number().min(0),
		emphasis: z.boolean().default(false).describe('Shown in the emphasis colour; pattern interrupts can key on it'),
	})
	.refine((word) => word.endMs > word.startMs, { message: 'endMs must be after startMs', path: ['endMs'] });

export const captionFontSchema = z
	.enum(['montserrat', 'anton', 'inter'])
	.default('montserrat')
	.describe('Fonts ship with Reelforge; nothing is fetched at render time');

export const captionStyleSchema = z.object({
	preset: z
		.enum(['karaoke', 'pop', 'pill', 'outline'])
		.default('karaoke')
		.describe('karaoke: page with the spoken word lit; pop: one word at a time; pill: spoken word on a pill; outline: hollow words, spoken one filled'),
	font: captionFontSchema,
	textColor: cssColorSchema.default('#FFFFFF'),
	highlightColor: cssColorSchema.default('#FFE14D').describe('Colour of the word being spoken'),
	emphasisColor: cssColorSchema.default('#FF4D6D'),
	pillColor: cssColorSchema.default('#7C3AED').describe('Pill behind the spoken word (pill preset)'),
	fontSizePx: z.number().int().min(12).max(300).default(88),
	position: z.enum(['top', 'center', 'bottom']).default('bottom').describe('Within the safe zone of the format'),
	uppercase: z.boolean().default(true),
	pageDurationMs: z.number().int().min(0).max(10_000).default(1200).describe('Words within this span share a caption page'),
	maxWordsPerPage: z.number().int().min(1).max(12).default(4),
	// Keys are only compared with the spoken words; values are drawn as text after the word.
	emoji: z
		.record(textProp(z.string().max(40)), textProp(z.string().max(16)))
		.default({})
		.describe('Emoji shown after a word: { "fire": "🔥" } (case-insensitive)'),
});

/**
 * Languages whose captions draw differently (their own fonts and glyph shapes, right-to-left order); auto decides from
 * the words' script. A closed list, so the value can be an attribute of the page (lang) without being free text.
 */
export const CAPTION_LANGUAGES = [
	'auto',
	'en',
	'zh',
	'zh-Hant',
	'ja',
	'ko',
	'ar',
	'fa',
	'ur',
	'he',
	'yi',
	'hi',
	'mr',
	'ne',
	'es',
	'pt',
	'fr',
	'de',
	'it',
	'ru',
	'tr',
	'vi',
	'th',
	'id',
] as const;
export const captionLanguageSchema = z
	.enum(CAPTION_LANGUAGES)
	.default('auto')
	.describe('Language of the words (set from the transcript): picks the CJK glyph style and reading direction; auto: from the script');

export const captionsSchema = z.object({
	words: z.array(captionWordSchema).max(5000).default([]),
	language: captionLanguageSchema,
	style: captionStyleSchema.prefault({}),
});

export type CaptionWord = z.infer<typeof captionWordSchema>;
export type CaptionStyle = z.infer<typeof captionStyleSchema>;
export type Captions = z.infer<typeof captionsSchema>;
export type CaptionLanguage = z.infer<typeof captionLanguageSchema>;
