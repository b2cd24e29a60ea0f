import { type WebhookJobData, webhookBodyOf } from '../../core/contracts/webhook-job.js';
import { BlockedUrlError } from '../../core/net/blocked-url-error.js';
import type { OutboundPolicy } from '../../core/net/outbound-policy.js';
import { signWebhook } from '../../core/webhooks/sign-webhook.js';

export type DeliveryOutcome =
	| { delivered: true; responseStatus: number; durationMs: number }
	| {
			delivered: false;
			responseStatus: number | null;
			/** What kind of failure, in a line: the status, a timeout, a refused connection, the policy. Never the receiver's body. */
			error: string;
			durationMs: number;
			/** true: retrying cannot help, give the event up now. */
			final: boolean;
	  };

/**
 * Whether a receiver's answer means "never send this again". Only 410 Gone does: every other non-2xx is retried,
 * 4xx included, because the usual causes (a wrong secret being fixed, a 404 during a deploy, 408, 429) go away
 * within the retry window, and a few extra requests cost less than an event lost.
 */
const isFinalStatus = (status: number) => status === 410;

/**
 * One delivery attempt: POSTs the event as JSON, freshly signed, through the outbound policy, and reports what happened;
 * never throws. Only a 2xx counts as delivered; redirects are not followed (a 3xx is a failed attempt), and the attempt
 * is abandoned after `timeoutMs`. The receiver's body is never read: the log keeps status, timing and a failure class,
 * so a receiver cannot make Reelforge read other servers' answers back to whoever set the URL.
 */
export const deliverWebhook = async (
	data: WebhookJobData,
	{ secret, timeoutMs, signal, outbound }: { secret: string; timeoutMs: number; signal?: AbortSignal; outbound: OutboundPolicy },
): Promise<DeliveryOutcome> => {
	const body = JSON.stringify(webhookBodyOf(data));
	const started = Date.now();
	const durationMs = () => Date.now() - started;
	const attemptSignal = signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
	try {
		const response = await outbound.fetch(data.url, {
			method: 'POST',
			headers: signWebhook({ secret, body, event: data.event, eventId: data.eventId }),
			body,
			redirect: 'manual',
			signal: attemptSignal,
		});
		await response.body?.cancel().catch(() => {});
		if (response.status >= 200 && response.status < 300) return { delivered: true, responseStatus: response.status, durationMs: durationMs() };
		const redirect = response.status >= 300 && response.status < 400;
		return {
			delivered: false,
			responseStatus: response.status,
			error: redirect ? `HTTP ${response.status}: a redirect, which is not followed` : `HTTP ${response.status}`,
			durationMs: durationMs(),
			final: isFinalStatus(response.status),
		};
	} catch (error) {
		if (error instanceof BlockedUrlError) {
			// The policy decides the same way every time: retrying cannot help.
			return { delivered: false, responseStatus: null, error: `Refused by the outbound policy: ${error.reason}`, durationMs: durationMs(), final: true };
		}
		const timedOut = attemptSignal.aborted && (attemptSignal.reason as Error | undefined)?.name === 'TimeoutError';
		return {
			delivered: false,
			responseStatus: null,
			error: timedOut ? `Timed out after ${timeoutMs} ms` : connectionFailureOf(error),
			durationMs: durationMs(),
			final: false,
		};
	}
};

/** fetch reports network failures as "fetch failed" with the reason (ECONNREFUSED, ENOTFOUND…) in `cause`; keep the code only. */
const connectionFailureOf = (error: unknown): string => {
	const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
	return typeof cause?.code === 'string' ? `Connection failed (${cause.code})` : 'Connection failed';
};
