import { createHmac, timingSafeEqual } from 'node:crypto';

/** Long enough to open an EventSource; a reconnect asks for a new one. */
export const STREAM_TOKEN_TTL_SECONDS = 120;

const signatureOf = (secret: string, keyId: string, expiresAt: number) =>
	createHmac('sha256', secret).update(`stream\n${keyId}\n${expiresAt}`).digest('base64url');

/**
 * A short-lived token that stands for an API key on a subscription: browsers' EventSource cannot send headers, and a
 * key in a URL ends up in access logs. The token names the key, so a revoked key's tokens stop working at once.
 */
export const issueStreamToken = (secret: string, keyId: string, now = Date.now()): { token: string; expiresAt: string } => {
	const expiresAt = Math.floor(now / 1000) + STREAM_TOKEN_TTL_SECONDS;
	return { token: `${keyId}.${expiresAt}.${signatureOf(secret, keyId, expiresAt)}`, expiresAt: new Date(expiresAt * 1000).toISOString() };
};

/** The key id a valid, unexpired token stands for; null for anything else. */
export const keyIdOfStreamToken = (secret: string, token: unknown, now = Date.now()): string | null => {
	if (typeof token !== 'string' || token.length > 300) return null;
	const [keyId = '', expiresText = '', signature = ''] = token.split('.');
	const expiresAt = Number(expiresText);
	if (!keyId || !Number.isInteger(expiresAt) || expiresAt * 1000 < now) return null;
	const expected = Buffer.from(signatureOf(secret, keyId, expiresAt));
	const given = Buffer.from(signature);
	return expected.length === given.length && timingSafeEqual(expected, given) ? keyId : null;
};
