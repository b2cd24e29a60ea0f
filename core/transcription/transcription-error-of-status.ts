import { TranscriptionError } from './transcription-provider.js';

/** Retry-After as milliseconds (seconds or an HTTP date); null when absent or unreadable. */
export const retryAfterMsOf = (value: string | null | undefined): number | null => {
	if (!value) return null;
	const seconds = Number(value);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
};

/**
 * What an HTTP failure of a speech-to-text service means, the way the voiceover providers read theirs: 401/403 is the
 * key (never retried), 429 a rate limit (retried after Retry-After) unless the body says the quota is spent, 413 a file
 * too long, 5xx an outage (retried), any other 4xx a refused request (not retried).
 */
export const transcriptionErrorOfStatus = (
	service: string,
	{ status, detail, retryAfterMs, keyVariable }: { status: number; detail: string; retryAfterMs: number | null; keyVariable: string },
): TranscriptionError => {
	const said = detail ? `: ${detail.slice(0, 200)}` : '';
	if (/quota|insufficient_quota|credits?/i.test(detail) && (status === 429 || status === 402 || status === 401)) {
		return new TranscriptionError('quota-exceeded', `${service} quota exceeded${said}`, false);
	}
	if (status === 401 || status === 403)
		return new TranscriptionError('unauthorized', `${service} rejected the API key: ${keyVariable} is invalid or revoked`, false);
	if (status === 429) return new TranscriptionError('rate-limited', `${service} is busy (HTTP 429)${said}`, true, retryAfterMs);
	if (status === 413) return new TranscriptionError('too-long', `${service} refused the audio as too large (HTTP 413)${said}`, false);
	if (status >= 500) return new TranscriptionError('upstream', `${service} failed with HTTP ${status}${said}`, true, retryAfterMs);
	if (/language/i.test(detail) && /(unsupported|not supported|invalid)/i.test(detail)) {
		return new TranscriptionError('unsupported-language', `${service} does not transcribe that language${said}`, false);
	}
	return new TranscriptionError('invalid-request', `${service} refused the request with HTTP ${status}${said}`, false);
};
