import { z } from 'zod';

/** One spoken word with its timing, as produced by a voiceover's alignment. */
export const captionWordSchema = z
	.object({
		text: z.string().trim().min(1).max(64),
		startMs: z.number().min(0),
		endMs: z.number().min(0),
		emphasis: z.boolean().default(false).describe('Shown in the emphasis colour; pattern interrupts can key on it'),
	})
	.refine((word) => word.endMs > word.startMs, { message: 'endMs must be after startMs', path: ['endMs'] });

export const captionStyleSchema = z.object({
	textColor: z.string().default('#FFFFFF'),
	highlightColor: z.string().default('#FFE14D').describe('Colour of the word being spoken'),
	emphasisColor: z.string().default('#FF4D6D'),
	fontSizePx: z.number().int().min(12).max(300).default(88),
	position: z.enum(['top', 'center', 'bottom']).default('bottom'),
	uppercase: z.boolean().default(true),
	pageDurationMs: z.number().int().min(0).max(10_000).default(1200).describe('Words within this span share a caption page'),
});

export type CaptionWord = z.infer<typeof captionWordSchema>;
export type CaptionStyle = z.infer<typeof captionStyleSchema>;
