import { z } from 'zod';
import { mediaSrcSchema } from '../../compositions/shared/media-schemas.js';
import { transcriptionProviderIds } from './transcription-provider.js';

export const MAX_SUBTITLES_CHARS = 1_000_000;

export const emphasisRuleSchema = z
	.object({
		words: z
			.array(z.string().trim().min(1).max(64))
			.max(500)
			.default([])
			.describe('Words shown emphasised wherever they are said (case and punctuation ignored)'),
		numbers: z.boolean().default(false).describe('Emphasise every word with a digit in it (prices, years, counts)'),
		indexes: z.array(z.number().int().min(0)).max(5000).default([]).describe('Emphasise these words by their position in the transcript (0-based)'),
	})
	.describe('Which transcript words are emphasised (drawn in the emphasis colour; pattern interrupts key on them)');

/**
 * Where a render's captions come from. voiceover: the render's own voice (or words given in the props); transcribe: the
 * speech of a clip or an uploaded audio file; align: a known text placed on that speech; subtitles: an SRT or WebVTT file.
 */
export const captionsRequestSchema = z
	.object({
		source: z.enum(['voiceover', 'transcribe', 'align', 'subtitles']).default('voiceover'),
		media: mediaSrcSchema
			.optional()
			.describe("Clip or audio whose speech is captioned (storage:… or a URL); default: the template's background clip, else its first clip"),
		language: z
			.string()
			.trim()
			.max(35)
			.regex(/^(auto|[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*)$/, 'must be auto or a language code such as en, pt-BR, zh-Hans')
			.default('auto')
			.describe('BCP 47 language of the speech; auto: the provider detects it'),
		provider: z.enum(transcriptionProviderIds).default('offline').describe('offline: PocketSphinx (English, no account); whisper-cpp, elevenlabs, openai'),
		text: z.string().trim().min(1).max(20_000).optional().describe('align: what the speech says (a script, the clip’s platform subtitles)'),
		subtitles: z.string().min(1).max(MAX_SUBTITLES_CHARS).optional().describe('subtitles: the SRT or WebVTT file’s text'),
		transcriptId: z.string().min(1).max(100).optional().describe('Use this stored (perhaps edited) transcript instead of transcribing again'),
		emphasis: emphasisRuleSchema.prefault({}),
	})
	.superRefine((request, context) => {
		if (request.source === 'align' && !request.text && !request.transcriptId)
			context.addIssue({ code: 'custom', path: ['text'], message: 'captions.source align needs the text that is spoken' });
		if (request.source === 'subtitles' && !request.subtitles && !request.transcriptId)
			context.addIssue({ code: 'custom', path: ['subtitles'], message: 'captions.source subtitles needs the SRT or WebVTT text' });
	});

export type CaptionsRequest = z.infer<typeof captionsRequestSchema>;
