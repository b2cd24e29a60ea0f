import { z } from 'zod';

/** One word heard in a media file: where it is (ms from the start of the media), how sure the provider was, and whether it is emphasised. */
export const transcriptWordSchema = z
	.object({
		text: z.string().trim().min(1).max(64),
		startMs: z.number().min(0),
		endMs: z.number().min(0),
		/** 0..1; null when the provider does not say. */
		confidence: z.number().min(0).max(1).nullable().default(null),
		emphasis: z.boolean().default(false),
		/** Subtitle cue the word came from (source subtitles): sidecars keep those cues as they were. */
		cue: z.number().int().min(0).optional(),
		/** The cue's text broke the line after this word. */
		lineBreak: z.boolean().optional(),
	})
	.refine((word) => word.endMs >= word.startMs, { message: 'endMs must not be before startMs', path: ['endMs'] });

export type TranscriptWord = z.infer<typeof transcriptWordSchema>;
