import fs from 'node:fs';
import { ElevenLabsClient, ElevenLabsError, ElevenLabsTimeoutError } from '@elevenlabs/elevenlabs-js';
import { z } from 'zod';
import { languageCodeOf } from '../language-code-of.js';
import { retryAfterMsOf, transcriptionErrorOfStatus } from '../transcription-error-of-status.js';
import { TranscriptionError, type TranscriptionProvider } from '../transcription-provider.js';
import { withTranscriptionRetries } from '../with-transcription-retries.js';
import { wordsFromTimedPieces } from '../words-from-timed-pieces.js';

export type ElevenLabsTranscriberOptions = {
	apiKey: string;
	/** Another server speaking the ElevenLabs API (a regional endpoint, a test server); default: the public API. */
	baseUrl?: string | null;
	/** scribe_v1 (or a newer Scribe model). */
	modelId: string;
	/** How the SDK reaches ElevenLabs: the outbound policy's fetch. */
	fetch: typeof fetch;
	maxRetries?: number;
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	maxDurationMs?: number;
};

const detailSchema = z.object({ detail: z.object({ status: z.string().optional(), message: z.string().optional() }) });

const reasonOf = (error: unknown): string => {
	let reason = error instanceof Error ? error.message : String(error);
	for (let cause = error instanceof Error ? error.cause : undefined; cause instanceof Error; cause = cause.cause) reason = cause.message || reason;
	return reason;
};

/** An SDK failure as a TranscriptionError, read the way the ElevenLabs voice reads its own. */
const errorOf = (error: unknown, baseUrl: string): unknown => {
	if (error instanceof TranscriptionError) return error;
	if (error instanceof ElevenLabsTimeoutError || (error instanceof ElevenLabsError && error.statusCode === undefined)) {
		return new TranscriptionError('unavailable', `Could not reach ElevenLabs at ${baseUrl}: ${reasonOf(error)}`, true);
	}
	if (!(error instanceof ElevenLabsError)) {
		return new TranscriptionError(
			'upstream',
			`ElevenLabs answered with something that is not a transcript: ${error instanceof Error ? error.message : String(error)}`,
			false,
		);
	}
	const body = detailSchema.safeParse(error.body);
	const detail = body.success ? [body.data.detail.status, body.data.detail.message].filter(Boolean).join(': ') : '';
	if (body.success && body.data.detail.status === 'quota_exceeded')
		return new TranscriptionError('quota-exceeded', `ElevenLabs quota exceeded: ${detail}`, false);
	return transcriptionErrorOfStatus('ElevenLabs speech-to-text', {
		status: error.statusCode ?? 0,
		detail,
		retryAfterMs: retryAfterMsOf(error.rawResponse?.headers.get('retry-after')),
		keyVariable: 'ELEVENLABS_API_KEY',
	});
};

/**
 * ElevenLabs Scribe through the official SDK (`speechToText.convert`, POST /v1/speech-to-text) with word timestamps.
 * Its words come with the spaces between them as entries of their own ("spacing") and sounds as "audio_event"; only
 * words are kept. The SDK's own retries are off, as for the voice: this provider retries what can pass.
 */
export const createElevenLabsTranscriber = ({
	apiKey,
	baseUrl = null,
	modelId,
	fetch: fetchWith,
	maxRetries = 3,
	sleep,
	maxDurationMs = 60 * 60_000,
}: ElevenLabsTranscriberOptions): TranscriptionProvider => {
	if (apiKey.trim() === '') throw new Error('"apiKey" must not be empty: set ELEVENLABS_API_KEY');
	const resolvedBaseUrl = baseUrl ?? 'https://api.elevenlabs.io';
	const client = new ElevenLabsClient({ apiKey, baseUrl: resolvedBaseUrl, maxRetries: 0, fetch: fetchWith });
	return {
		id: 'elevenlabs',
		model: modelId,
		languages: 'any',
		maxDurationMs,
		transcribe: async (request) => {
			const audio = await fs.promises.readFile(request.audioPath);
			const once = async () => {
				try {
					const response = await client.speechToText.convert(
						{
							modelId,
							file: { data: audio, filename: 'speech.wav', contentType: 'audio/wav' },
							...(request.language ? { languageCode: request.language } : {}),
							timestampsGranularity: 'word',
							tagAudioEvents: false,
						},
						{ abortSignal: request.signal, maxRetries: 0 },
					);
					if (!('words' in response)) throw new TranscriptionError('upstream', 'ElevenLabs answered without words (a webhook or multichannel answer)', false);
					const language = languageCodeOf(response.languageCode) ?? request.language;
					const pieces = response.words
						.filter((word) => word.type !== 'audio_event')
						.map((word) => ({
							text: word.type === 'spacing' ? ' ' : word.text,
							startMs: (word.start ?? 0) * 1000,
							endMs: (word.end ?? word.start ?? 0) * 1000,
							confidence: Number.isFinite(word.logprob) ? Math.exp(word.logprob) : null,
						}));
					return { language, words: wordsFromTimedPieces(pieces, language) };
				} catch (error) {
					request.signal?.throwIfAborted();
					throw errorOf(error, resolvedBaseUrl);
				}
			};
			return withTranscriptionRetries(once, { maxRetries, ...(sleep ? { sleep } : {}), ...(request.signal ? { signal: request.signal } : {}), secret: apiKey });
		},
	};
};
