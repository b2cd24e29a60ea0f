import { createHmac } from 'node:crypto';
import type { WebhookEventType } from '../contracts/webhook-job.js';

export const SIGNATURE_HEADER = 'Reelforge-Signature';
export const EVENT_HEADER = 'Reelforge-Event';
export const EVENT_ID_HEADER = 'Reelforge-Event-Id';

/** Hex HMAC-SHA256 of `<timestamp>.<raw body>`; the scheme is described in verify-webhook-signature.ts. */
export const signatureOf = (secret: string, timestampSeconds: number, body: string | Buffer): string =>
	createHmac('sha256', secret).update(`${timestampSeconds}.`).update(body).digest('hex');

/**
 * The headers of one delivery attempt. Each attempt is signed afresh with the current time,
 * so a receiver that rejects old timestamps still accepts a late retry.
 */
export const signWebhook = ({
	secret,
	body,
	event,
	eventId,
	timestampSeconds = Math.floor(Date.now() / 1000),
}: {
	secret: string;
	body: string;
	event: WebhookEventType;
	eventId: string;
	timestampSeconds?: number;
}): Record<string, string> => ({
	'content-type': 'application/json',
	'user-agent': 'Reelforge-Webhooks/1',
	[SIGNATURE_HEADER]: `t=${timestampSeconds},v1=${signatureOf(secret, timestampSeconds, body)}`,
	[EVENT_HEADER]: event,
	[EVENT_ID_HEADER]: eventId,
});
