import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { usesSpaces } from '../../../compositions/captions/segment-words.js';
import type { OutboundPolicy } from '../../net/outbound-policy.js';
import { languageCodeOf } from '../language-code-of.js';
import { retryAfterMsOf, transcriptionErrorOfStatus } from '../transcription-error-of-status.js';
import { TranscriptionError, type TranscriptionProvider } from '../transcription-provider.js';
import { withTranscriptionRetries } from '../with-transcription-retries.js';
import { wordsFromTimedPieces } from '../words-from-timed-pieces.js';

export type OpenAiTranscriberOptions = {
	apiKey: string;
	/** OpenAI (https://api.openai.com/v1), Groq (https://api.groq.com/openai/v1), or any server speaking the same API. */
	baseUrl: string;
	model: string;
	fetch: OutboundPolicy['fetch'];
	maxRetries?: number;
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** OpenAI takes files of at most 25 MB: about 13 minutes of 16 kHz mono WAV. */
	maxDurationMs?: number;
};

/** verbose_json with timestamp_granularities[]=word: the text, the language (OpenAI names it: "english"), and the words. */
const verboseJsonSchema = z.object({
	language: z.string().nullish(),
	text: z.string().default(''),
	words: z.array(z.object({ word: z.string(), start: z.number(), end: z.number() })).nullish(),
});

const errorBodySchema = z.object({ error: z.object({ message: z.string().optional(), code: z.string().nullish(), type: z.string().nullish() }) });

const parseJsonOrNull = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
};

const reasonOf = (error: unknown): string => {
	let reason = error instanceof Error ? error.message : String(error);
	for (let cause = error instanceof Error ? error.cause : undefined; cause instanceof Error; cause = cause.cause) reason = cause.message || reason;
	return reason;
};

/**
 * Speech to text through an OpenAI-compatible `POST /audio/transcriptions` (OpenAI whisper-1, Groq whisper-large-v3, a
 * self-hosted server): multipart form with the file, the model, `response_format=verbose_json` and
 * `timestamp_granularities[]=word`, so every word comes with its start and end in seconds.
 */
export const createOpenAiTranscriber = ({
	apiKey,
	baseUrl,
	model,
	fetch,
	maxRetries = 3,
	sleep,
	maxDurationMs = 13 * 60_000,
}: OpenAiTranscriberOptions): TranscriptionProvider => {
	if (apiKey.trim() === '') throw new Error('"apiKey" must not be empty: set TRANSCRIPTION_OPENAI_API_KEY');
	const endpoint = `${baseUrl.replace(/\/+$/, '')}/audio/transcriptions`;
	const service = `The transcription service at ${new URL(baseUrl).host}`;
	const callOnce = async (audio: Buffer, fileName: string, language: string | null, signal?: AbortSignal) => {
		const form = new FormData();
		form.set('file', new Blob([new Uint8Array(audio)], { type: 'audio/wav' }), fileName);
		form.set('model', model);
		form.set('response_format', 'verbose_json');
		form.append('timestamp_granularities[]', 'word');
		if (language) form.set('language', language);
		let response: Response;
		try {
			response = await fetch(endpoint, { method: 'POST', headers: { authorization: `Bearer ${apiKey}` }, body: form, ...(signal ? { signal } : {}) });
		} catch (error) {
			signal?.throwIfAborted();
			throw new TranscriptionError('unavailable', `Could not reach ${service}: ${reasonOf(error)}`, true);
		}
		const body = await response.text();
		if (!response.ok) {
			const parsed = errorBodySchema.safeParse(parseJsonOrNull(body));
			const detail = parsed.success ? [parsed.data.error.code, parsed.data.error.message].filter(Boolean).join(': ') : body.slice(0, 200);
			throw transcriptionErrorOfStatus(service, {
				status: response.status,
				detail,
				retryAfterMs: retryAfterMsOf(response.headers.get('retry-after')),
				keyVariable: 'TRANSCRIPTION_OPENAI_API_KEY',
			});
		}
		const parsed = verboseJsonSchema.safeParse(parseJsonOrNull(body));
		if (!parsed.success)
			throw new TranscriptionError('upstream', `${service} answered with something that is not verbose_json: ${parsed.error.issues[0]?.message}`, false);
		const words = parsed.data.words ?? [];
		const detected = languageCodeOf(parsed.data.language) ?? language;
		return {
			language: detected,
			// Words arrive without their spaces: put them back where the script uses them, so Chinese is segmented again.
			words: wordsFromTimedPieces(
				words.map((word, index) => {
					const text = word.word.trim();
					const previous = words[index - 1]?.word.trim() ?? '';
					const joiner = index === 0 || !(usesSpaces(previous) || usesSpaces(text)) ? '' : ' ';
					return { text: `${joiner}${text}`, startMs: word.start * 1000, endMs: word.end * 1000, confidence: null };
				}),
				detected,
			),
		};
	};
	return {
		id: 'openai',
		model,
		languages: 'any',
		maxDurationMs,
		transcribe: async (request) => {
			const audio = await fs.promises.readFile(request.audioPath);
			return withTranscriptionRetries(() => callOnce(audio, path.basename(request.audioPath), request.language, request.signal), {
				maxRetries,
				...(sleep ? { sleep } : {}),
				...(request.signal ? { signal: request.signal } : {}),
				secret: apiKey,
			});
		},
	};
};
