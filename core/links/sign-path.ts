import { createHmac, timingSafeEqual } from 'node:crypto';

/** The signature of `path` (without its query) valid until `expiresAt` (Unix seconds); `purpose` keeps kinds of links apart. */
const signatureOf = (secret: string, purpose: string, path: string, expiresAt: number) =>
	createHmac('sha256', secret).update(`${purpose}\n${path}\n${expiresAt}`).digest('base64url');

/** `?expires=…&signature=…` for a link to `path` that works without an API key until it expires. */
export const signPath = (secret: string, path: string, expiresAt: number, purpose = 'file'): string =>
	`expires=${expiresAt}&signature=${signatureOf(secret, purpose, path, expiresAt)}`;

/** Whether `query` carries a valid, unexpired signature for `path`; the reason when it does not. */
export const verifySignedPath = (
	secret: string,
	path: string,
	query: URLSearchParams,
	now = Date.now(),
	purpose = 'file',
): { ok: true } | { ok: false; reason: string } => {
	const expires = Number(query.get('expires'));
	const signature = query.get('signature') ?? '';
	if (!Number.isInteger(expires) || signature === '') return { ok: false, reason: 'the link is not signed' };
	const expected = Buffer.from(signatureOf(secret, purpose, path, expires));
	const given = Buffer.from(signature);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'the link signature is not valid' };
	if (expires * 1000 < now) return { ok: false, reason: 'the link has expired' };
	return { ok: true };
};
