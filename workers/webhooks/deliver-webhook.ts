import { signWebhook } from '../../core/webhooks/sign-webhook.js';
import { type WebhookJobData, webhookBodyOf } from '../../core/webhooks/webhook-contract.js';

export type DeliveryOutcome =
	| { delivered: true; responseStatus: number; durationMs: number }
	| {
			delivered: false;
			responseStatus: number | null;
			error: string;
			durationMs: number;
			/** true: retrying cannot help, give the event up now. */
			final: boolean;
	  };

const ERROR_SNIPPET_BYTES = 300;

/**
 * Whether a receiver's answer means "never send this again". Only 410 Gone does: every other non-2xx is retried,
 * 4xx included, because the usual causes (a wrong secret being fixed, a 404 during a deploy, 408, 429) go away
 * within the retry window, and a few extra requests cost less than an event lost.
 */
const isFinalStatus = (status: number) => status === 410;

/**
 * One delivery attempt: POSTs the event as JSON, freshly signed, and reports what happened; never throws.
 * Only a 2xx counts as delivered; redirects are not followed (a 3xx is a failed attempt), and the attempt
 * is abandoned after `timeoutMs`, response body included.
 */
export const deliverWebhook = async (
	data: WebhookJobData,
	{ secret, timeoutMs, signal }: { secret: string; timeoutMs: number; signal?: AbortSignal },
): Promise<DeliveryOutcome> => {
	const body = JSON.stringify(webhookBodyOf(data));
	const started = Date.now();
	const durationMs = () => Date.now() - started;
	const attemptSignal = signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
	try {
		const response = await fetch(data.url, {
			method: 'POST',
			headers: signWebhook({ secret, body, event: data.event, eventId: data.eventId }),
			body,
			redirect: 'manual',
			signal: attemptSignal,
		});
		if (response.status >= 200 && response.status < 300) {
			await response.body?.cancel().catch(() => {});
			return { delivered: true, responseStatus: response.status, durationMs: durationMs() };
		}
		const snippet = await readSnippet(response);
		return {
			delivered: false,
			responseStatus: response.status,
			error: `HTTP ${response.status}${snippet ? `: ${snippet}` : ''}`,
			durationMs: durationMs(),
			final: isFinalStatus(response.status),
		};
	} catch (error) {
		const timedOut = attemptSignal.aborted && (attemptSignal.reason as Error | undefined)?.name === 'TimeoutError';
		return {
			delivered: false,
			responseStatus: null,
			error: timedOut ? `Timed out after ${timeoutMs} ms` : describeError(error),
			durationMs: durationMs(),
			final: false,
		};
	}
};

/** The start of a failed response's body, for the delivery log; the rest is not downloaded. */
const readSnippet = async (response: Response): Promise<string> => {
	if (!response.body) return '';
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		while (size < ERROR_SNIPPET_BYTES) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			size += value.byteLength;
		}
	} catch {
		// A body cut short still leaves the status to report.
	} finally {
		await reader.cancel().catch(() => {});
	}
	return Buffer.concat(chunks).toString('utf8').slice(0, ERROR_SNIPPET_BYTES).replace(/\s+/g, ' ').trim();
};

/** fetch reports network failures as "fetch failed" with the reason (ECONNREFUSED, ENOTFOUND…) in `cause`. */
const describeError = (error: unknown): string => {
	if (!(error instanceof Error)) return String(error);
	const cause = error.cause as { code?: string; message?: string } | undefined;
	const detail = cause?.code ?? cause?.message;
	return detail ? `${error.message}: ${detail}` : error.message;
};
