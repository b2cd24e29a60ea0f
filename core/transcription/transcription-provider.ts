import type { TranscriptWord } from './transcript-word.js';

export const transcriptionProviderIds = ['offline', 'whisper-cpp', 'elevenlabs', 'openai'] as const;
export type TranscriptionProviderId = (typeof transcriptionProviderIds)[number];

export type TranscriptionRequest = {
	/** 16 kHz mono 16-bit WAV (extractSpeechAudio makes it from any media). */
	audioPath: string;
	durationMs: number;
	/** ISO 639-1 code; null: the provider detects it. */
	language: string | null;
	signal?: AbortSignal;
};

export type AlignmentRequest = TranscriptionRequest & {
	/** What is said, as written; the provider finds when each of its words is spoken. */
	text: string;
};

export type TranscriptionResult = {
	/** In the order spoken, times relative to the start of the audio. */
	words: TranscriptWord[];
	/** ISO 639-1 code of what was heard (or given); null when the provider cannot tell. */
	language: string | null;
};

/**
 * One speech-to-text backend. `languages` lists what it understands ('any': it detects and transcribes most languages);
 * `align` is there only when it can place a known text on the audio itself (forced alignment).
 */
export type TranscriptionProvider = {
	id: TranscriptionProviderId;
	/** The model it runs: part of the cache key, so a different model transcribes again. */
	model: string;
	languages: readonly string[] | 'any';
	/** Longest audio one call may take, in ms. */
	maxDurationMs: number;
	transcribe: (request: TranscriptionRequest) => Promise<TranscriptionResult>;
	align?: (request: AlignmentRequest) => Promise<TranscriptionResult>;
};

export type TranscriptionErrorCode =
	| 'unauthorized'
	| 'rate-limited'
	| 'quota-exceeded'
	| 'too-long'
	| 'unsupported-language'
	| 'missing-model'
	| 'upstream'
	| 'invalid-request'
	| 'unavailable';

/** A transcription failure as a render reports it: one line a person can act on, and whether trying later can help. */
export class TranscriptionError extends Error {
	constructor(
		readonly code: TranscriptionErrorCode,
		message: string,
		readonly retryable: boolean,
		readonly retryAfterMs: number | null = null,
	) {
		super(message);
		this.name = 'TranscriptionError';
	}
}
