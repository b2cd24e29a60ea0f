import { createCipheriv, randomBytes } from 'node:crypto';

/** Versioned so the format can change: `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
export const TOKEN_FORMAT = 'v1';

/**
 * AES-256-GCM with a fresh 96-bit IV per token. `aad` binds the ciphertext to its row (the account id),
 * so a token copied into another account's row does not decrypt.
 */
export const encryptToken = (key: Buffer, plaintext: string, aad: string): string => {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	cipher.setAAD(Buffer.from(aad, 'utf8'));
	const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
	return [TOKEN_FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
};
