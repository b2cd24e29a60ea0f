import { setTimeout as delay } from 'node:timers/promises';
import { type ElevenLabs, ElevenLabsClient, ElevenLabsError, ElevenLabsTimeoutError } from '@elevenlabs/elevenlabs-js';
import { z } from 'zod';
import { alignmentToWords } from './alignment-to-words.js';
import { VoiceoverError, type VoiceoverProvider } from './voiceover-provider.js';

export type ElevenLabsOutputFormat = ElevenLabs.TextToSpeechConvertWithTimestampsRequestOutputFormat;

export type ElevenLabsProviderOptions = {
	apiKey: string;
	/** Another server speaking the ElevenLabs API (a regional endpoint, a test server); default: the public API. */
	baseUrl?: string | null;
	defaultVoiceId: string;
	modelId: string;
	outputFormat?: ElevenLabsOutputFormat;
	/** Longest text one call may take. ElevenLabs' own limit depends on the model and plan; 5000 fits every paid plan. */
	maxChars?: number;
	/** Extra attempts after a rate limit, a server error or a network failure. */
	maxRetries?: number;
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** How the SDK reaches ElevenLabs: the outbound policy's fetch. */
	fetch?: typeof fetch;
};

const settingsSchema = z
	.object({
		modelId: z.string().trim().min(1).optional(),
		voice_settings: z
			.object({
				stability: z.number().min(0).max(1).optional(),
				similarity_boost: z.number().min(0).max(1).optional(),
				style: z.number().min(0).max(1).optional(),
				use_speaker_boost: z.boolean().optional(),
				speed: z.number().min(0.7).max(1.2).optional(),
			})
			.strict()
			.optional(),
	})
	.strict();

const errorBodySchema = z.object({ detail: z.object({ status: z.string().optional(), message: z.string().optional() }) });

// A longer Retry-After is handed to the caller (the job queue) instead of holding a worker that long.
const MAX_WAIT_MS = 60_000;
const BACKOFF_BASE_MS = 1000;

type Failure = { error: VoiceoverError; waitMs: number | null };

const retryAfterMsOf = (headers: Headers | undefined): number | null => {
	const value = headers?.get('retry-after');
	if (!value) return null;
	const seconds = Number(value);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
};

// fetch hides the useful part ("connect ECONNREFUSED …") in the cause chain.
const reasonOf = (error: unknown): string => {
	let reason = error instanceof Error ? error.message : String(error);
	for (let cause = error instanceof Error ? error.cause : undefined; cause instanceof Error; cause = cause.cause) reason = cause.message || reason;
	return reason;
};

/** What a failed call means for the render: the error to report, and how long to wait before trying again (null: do not). */
const classify = (error: unknown, attempt: number, baseUrl: string): Failure => {
	const backoffMs = BACKOFF_BASE_MS * 2 ** attempt;
	if (error instanceof ElevenLabsTimeoutError || (error instanceof ElevenLabsError && error.statusCode === undefined)) {
		return { error: new VoiceoverError('unavailable', `Could not reach ElevenLabs at ${baseUrl}: ${reasonOf(error)}`, true), waitMs: backoffMs };
	}
	if (!(error instanceof ElevenLabsError)) {
		// The SDK throws its own parse errors when a 200 answer has the wrong shape.
		const reason = error instanceof Error ? error.message : String(error);
		return { error: new VoiceoverError('upstream', `ElevenLabs answered with something that is not speech with timestamps: ${reason}`, false), waitMs: null };
	}
	const status = error.statusCode ?? 0;
	const body = errorBodySchema.safeParse(error.body);
	const detail = body.success ? body.data.detail : {};
	const said = detail.message ? `: ${detail.message}` : '';
	if (detail.status === 'quota_exceeded') {
		return { error: new VoiceoverError('quota-exceeded', `ElevenLabs quota exceeded${said}`, false), waitMs: null };
	}
	if (detail.status === 'max_character_limit_exceeded' || detail.status === 'text_too_long' || /too long|character limit/i.test(detail.message ?? '')) {
		return { error: new VoiceoverError('text-too-long', `ElevenLabs refused the text as too long${said}`, false), waitMs: null };
	}
	if (status === 401) {
		return { error: new VoiceoverError('unauthorized', 'ElevenLabs rejected the API key: ELEVENLABS_API_KEY is invalid or revoked', false), waitMs: null };
	}
	if (status === 429) {
		const retryAfterMs = retryAfterMsOf(error.rawResponse?.headers);
		const waitMs = retryAfterMs ?? backoffMs;
		const reason = detail.status ?? 'rate limited';
		return {
			error: new VoiceoverError('rate-limited', `ElevenLabs is busy (${reason})${said}`, true, retryAfterMs ?? backoffMs),
			waitMs: waitMs <= MAX_WAIT_MS ? waitMs : null,
		};
	}
	if (status >= 500) {
		return { error: new VoiceoverError('upstream', `ElevenLabs failed with HTTP ${status}${said}`, true), waitMs: backoffMs };
	}
	return {
		error: new VoiceoverError(
			'invalid-request',
			`ElevenLabs refused the request with HTTP ${status}${said || `: ${JSON.stringify(error.body ?? null)}`}`,
			false,
		),
		waitMs: null,
	};
};

/**
 * The ElevenLabs voice through the official SDK. The SDK's own retries are off: they sleep on real timers and ignore
 * Retry-After limits, so this provider retries rate limits, server errors and network failures itself.
 * The API key travels only in the request header; every error message is scrubbed of it anyway.
 */
export const createElevenLabsProvider = ({
	apiKey,
	baseUrl = null,
	defaultVoiceId,
	modelId,
	outputFormat = 'mp3_44100_128',
	maxChars = 5000,
	maxRetries = 3,
	sleep = (ms, signal) => delay(ms, undefined, { signal }),
	fetch: fetchWith = fetch,
}: ElevenLabsProviderOptions): VoiceoverProvider => {
	if (apiKey.trim().length === 0) throw new Error('"apiKey" must not be empty: set ELEVENLABS_API_KEY');
	if (!Number.isInteger(maxChars) || maxChars < 1) throw new Error(`"maxChars" must be a positive integer, but is ${maxChars}`);
	if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new Error(`"maxRetries" must be a non-negative integer, but is ${maxRetries}`);
	// The pipeline decodes with ffmpeg, which cannot tell the sample rate of headerless audio.
	if (/^(pcm|ulaw|alaw)_/.test(outputFormat)) throw new Error(`"outputFormat" must be a container format (mp3, wav, opus), but is ${outputFormat}`);
	const resolvedBaseUrl = baseUrl ?? 'https://api.elevenlabs.io';
	const client = new ElevenLabsClient({ apiKey, baseUrl: resolvedBaseUrl, maxRetries: 0, fetch: fetchWith });
	// An upstream message could echo what it was sent; the key must never reach logs or the API's clients.
	const reported = (error: VoiceoverError, attempts: number) => {
		const message = `${error.message}${attempts > 1 ? ` (gave up after ${attempts} attempts)` : ''}`.replaceAll(apiKey, '[redacted]');
		return new VoiceoverError(error.code, message, error.retryable, error.retryAfterMs);
	};

	return {
		id: 'elevenlabs',
		maxChars,
		synthesize: async (request) => {
			const settings = settingsSchema.safeParse(request.settings);
			if (!settings.success) {
				throw new VoiceoverError(
					'invalid-request',
					`Invalid ElevenLabs voice settings: ${settings.error.issues.map((i) => `${i.path.join('.') || '(settings)'}: ${i.message}`).join('; ')}`,
					false,
				);
			}
			if (request.text.length > maxChars) {
				throw new VoiceoverError('text-too-long', `The text has ${request.text.length} characters; one ElevenLabs call takes at most ${maxChars}`, false);
			}
			const voiceSettings = settings.data.voice_settings;
			const body: ElevenLabs.BodyTextToSpeechFullWithTimestamps = {
				text: request.text,
				modelId: settings.data.modelId ?? modelId,
				outputFormat,
				...(voiceSettings && {
					voiceSettings: {
						stability: voiceSettings.stability,
						similarityBoost: voiceSettings.similarity_boost,
						style: voiceSettings.style,
						useSpeakerBoost: voiceSettings.use_speaker_boost,
						speed: voiceSettings.speed,
					},
				}),
			};
			for (let attempt = 0; ; attempt++) {
				request.signal?.throwIfAborted();
				try {
					const response = await client.textToSpeech.convertWithTimestamps(request.voice || defaultVoiceId, body, {
						abortSignal: request.signal,
						maxRetries: 0,
					});
					// `alignment` spells the request text; the normalised one ("3" read as "three") is only a fallback.
					const alignment = response.alignment ?? response.normalizedAlignment;
					return {
						audio: Buffer.from(response.audioBase64, 'base64'),
						format: outputFormat.split('_')[0] ?? 'mp3',
						words: alignment ? alignmentToWords(request.text, alignment) : [],
					};
				} catch (error) {
					request.signal?.throwIfAborted();
					const failure = classify(error, attempt, resolvedBaseUrl);
					if (failure.waitMs === null || attempt >= maxRetries) throw reported(failure.error, attempt + 1);
					await sleep(failure.waitMs, request.signal);
				}
			}
		},
	};
};
