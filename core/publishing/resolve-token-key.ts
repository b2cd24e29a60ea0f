import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config/load-config.js';
import { secretInFile } from '../fs/secret-in-file.js';

export const tokenKeyFileOf = (home: string) => path.join(home, 'token-key');

/** 64 hex digits or base64 of exactly 32 bytes; anything else is refused without echoing it (it is a secret). */
const decodeKey = (text: string, source: string): Buffer => {
	const bytes = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : null;
	if (bytes?.length !== 32) throw new Error(`${source}: must be 32 bytes as 64 hex digits or base64, but is ${text.length} characters that are neither`);
	return bytes;
};

/**
 * The AES-256 key platform tokens are encrypted with: TOKEN_ENCRYPTION_KEY, or else the key in $REELFORGE_HOME/token-key,
 * made on first use (mode 0600) so that the API and the workers on this machine share it. Losing it means reconnecting
 * every account. Never log what this returns.
 */
export const resolveTokenKey = (config: Pick<Config, 'home' | 'publishing'>): Buffer => {
	if (config.publishing.tokenEncryptionKey) return decodeKey(config.publishing.tokenEncryptionKey, 'TOKEN_ENCRYPTION_KEY');
	const file = tokenKeyFileOf(config.home);
	return decodeKey(
		secretInFile(file, () => randomBytes(32).toString('base64'), 'set TOKEN_ENCRYPTION_KEY'),
		file,
	);
};
