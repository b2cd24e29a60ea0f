import { setTimeout as delay } from 'node:timers/promises';
import { TranscriptionError } from './transcription-provider.js';

// A longer wait is handed to the job queue (the render is retried later) instead of holding a worker that long.
const MAX_WAIT_MS = 60_000;
const BACKOFF_BASE_MS = 1000;

export type RetryOptions = { maxRetries: number; sleep?: (ms: number, signal?: AbortSignal) => Promise<void>; signal?: AbortSignal; secret?: string };

/**
 * Calls `attempt` until it succeeds, retrying only what another try can mend (a rate limit, an outage, a dropped
 * connection: `retryable`), after Retry-After or an exponential backoff. The final error says how many attempts were made
 * and never contains `secret`.
 */
export const withTranscriptionRetries = async <T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> => {
	const sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
	for (let tries = 0; ; tries++) {
		options.signal?.throwIfAborted();
		try {
			return await attempt();
		} catch (error) {
			options.signal?.throwIfAborted();
			if (!(error instanceof TranscriptionError)) throw error;
			const waitMs = error.retryAfterMs ?? BACKOFF_BASE_MS * 2 ** tries;
			if (!error.retryable || tries >= options.maxRetries || waitMs > MAX_WAIT_MS) {
				const message = `${error.message}${tries > 0 ? ` (gave up after ${tries + 1} attempts)` : ''}`;
				throw new TranscriptionError(
					error.code,
					options.secret ? message.replaceAll(options.secret, '[redacted]') : message,
					error.retryable,
					error.retryAfterMs,
				);
			}
			await sleep(waitMs, options.signal);
		}
	}
};
