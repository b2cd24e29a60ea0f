import { timingSafeEqual } from 'node:crypto';
import { signatureOf } from './sign-webhook.js';

/**
 * How Reelforge signs webhooks, for receivers.
 *
 * Every POST carries
 *   Reelforge-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>
 *   Reelforge-Event: render.done | render.failed | render.cancelled | batch.done | batch.failed | render.published (webhook publish targets)
 *   Reelforge-Event-Id: <id, the same on every retry of one event: use it to ignore duplicates>
 * where the HMAC is computed with your signing secret (WEBHOOK_SIGNING_SECRET, or the file
 * $REELFORGE_HOME/webhook-secret) over the bytes `<t>.<raw body>`: the timestamp, a dot, and the request
 * body exactly as received (before any JSON parsing).
 *
 * To verify: recompute the HMAC, compare it in constant time with each v1 value, and reject the request
 * when t is more than a few minutes from your clock; the timestamp is inside the signature, so an old
 * request cannot be replayed with a fresh one.
 */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true; timestampSeconds: number } | { ok: false; reason: string };

export const verifyWebhookSignature = ({
	secret,
	body,
	signatureHeader,
	toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
	nowSeconds = Math.floor(Date.now() / 1000),
}: {
	secret: string;
	/** The raw request body. */
	body: string | Buffer;
	signatureHeader: string | null | undefined;
	toleranceSeconds?: number;
	nowSeconds?: number;
}): SignatureCheck => {
	if (!signatureHeader) return { ok: false, reason: 'no Reelforge-Signature header' };
	const fields = signatureHeader.split(',').map((part) => part.trim().split('='));
	const timestamps = fields.filter(([key]) => key === 't').map(([, value]) => value);
	// Several v1 values may be sent while a secret is being rotated; any one matching is enough.
	const candidates = fields.filter(([key, value]) => key === 'v1' && value !== undefined && /^[0-9a-f]{64}$/.test(value)).map(([, value]) => value as string);
	if (timestamps.length !== 1 || !/^\d+$/.test(timestamps[0] ?? '')) return { ok: false, reason: 'no timestamp in the signature header' };
	if (candidates.length === 0) return { ok: false, reason: 'no v1 signature in the signature header' };
	const timestampSeconds = Number(timestamps[0]);
	if (Math.abs(nowSeconds - timestampSeconds) > toleranceSeconds) {
		return { ok: false, reason: `timestamp is ${nowSeconds - timestampSeconds} s away from now, more than ${toleranceSeconds} s` };
	}
	const expected = Buffer.from(signatureOf(secret, timestampSeconds, body), 'hex');
	const matches = candidates.some((candidate) => timingSafeEqual(expected, Buffer.from(candidate, 'hex')));
	return matches ? { ok: true, timestampSeconds } : { ok: false, reason: 'signature does not match' };
};
