import { z } from 'zod';

/** A spoken word and where it sits in the audio (ms) and in the text it was spoken from (characters, end exclusive). */
export const wordTimingSchema = z.object({
	text: z.string(),
	startMs: z.number().min(0),
	endMs: z.number().min(0),
	charStart: z.number().int().min(0),
	charEnd: z.number().int().min(0),
});
export type WordTiming = z.infer<typeof wordTimingSchema>;

export type VoiceoverRequest = {
	text: string;
	/** Provider-specific voice id or name. */
	voice: string;
	/** Provider-specific settings (ElevenLabs: model id, stability, similarity boost, …). */
	settings: Record<string, unknown>;
	signal?: AbortSignal;
};

export type SynthesizedSpeech = {
	/** Encoded audio as the provider returned it. */
	audio: Buffer;
	/** File extension of `audio`: 'wav', 'mp3', … */
	format: string;
	/** Word timings relative to the start of `audio`, with char offsets into `request.text`. */
	words: WordTiming[];
};

/** One text-to-speech backend. `maxChars` is the longest text one call may take; longer texts are chunked by the caller. */
export type VoiceoverProvider = {
	id: 'offline' | 'elevenlabs';
	maxChars: number;
	synthesize: (request: VoiceoverRequest) => Promise<SynthesizedSpeech>;
};

export type VoiceoverErrorCode = 'unauthorized' | 'rate-limited' | 'quota-exceeded' | 'text-too-long' | 'upstream' | 'invalid-request' | 'unavailable';

/** A provider failure with what a render needs to know: a readable message, and whether trying later can help. */
export class VoiceoverError extends Error {
	constructor(
		readonly code: VoiceoverErrorCode,
		message: string,
		readonly retryable: boolean,
		readonly retryAfterMs: number | null = null,
	) {
		super(message);
		this.name = 'VoiceoverError';
	}
}
