import type { CaptionWord } from '../../../compositions/captions/caption-word-schema.js';
import { CAPTION_LANGUAGES, type CaptionLanguage } from '../../../compositions/captions/caption-word-schema.js';
import type { TranscriptWord } from '../../../core/transcription/transcript-word.js';

// As the voiceover's captions are drawn: punctuation at a word's edges is not shown (it stays in the sidecar files).
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}\p{M}'’#@$%&\p{Extended_Pictographic}]+|[^\p{L}\p{N}\p{M}'’%!?\p{Extended_Pictographic}]+$/gu;

/** The words a template draws from a transcript: edge punctuation trimmed, empty ones dropped, each at least 1 ms long. */
export const captionWordsOfTranscript = (words: readonly TranscriptWord[]): CaptionWord[] =>
	words.flatMap((word) => {
		const text = word.text.replace(EDGE_PUNCTUATION, '').slice(0, 64);
		if (text === '') return [];
		const startMs = Math.round(word.startMs);
		return [{ text, startMs, endMs: Math.max(Math.round(word.endMs), startMs + 1), emphasis: word.emphasis }];
	});

/** The caption language a template knows for a transcript's language code (auto when it has nothing special for it). */
export const captionLanguageOf = (language: string | null): CaptionLanguage =>
	language && (CAPTION_LANGUAGES as readonly string[]).includes(language) ? (language as CaptionLanguage) : 'auto';
