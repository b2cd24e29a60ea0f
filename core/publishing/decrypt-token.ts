import { createDecipheriv } from 'node:crypto';
import { TOKEN_FORMAT } from './encrypt-token.js';

/** The inverse of encryptToken; throws (without the token in the message) when the key, the row or the bytes differ. */
export const decryptToken = (key: Buffer, sealed: string, aad: string): string => {
	const [format, iv, tag, ciphertext] = sealed.split('.');
	if (format !== TOKEN_FORMAT || !iv || !tag || ciphertext === undefined) throw new Error(`A stored token is not in the ${TOKEN_FORMAT} format`);
	const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
	decipher.setAAD(Buffer.from(aad, 'utf8'));
	decipher.setAuthTag(Buffer.from(tag, 'base64url'));
	try {
		return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
	} catch {
		throw new Error(
			'A stored token could not be decrypted: TOKEN_ENCRYPTION_KEY (or $REELFORGE_HOME/token-key) changed since it was saved; reconnect the account',
		);
	}
};
