import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config/load-config.js';
import { secretInFile } from '../fs/secret-in-file.js';

/**
 * URL_SIGNING_SECRET, or else the secret in $REELFORGE_HOME/url-signing-secret, made on first use (mode 0600), so the
 * API and every worker on this machine sign links with the same one. Machines that share no home must all be given
 * URL_SIGNING_SECRET. Never log what this returns.
 */
export const resolveUrlSigningSecret = (config: Pick<Config, 'home' | 'access'>): string =>
	config.access.urlSigningSecret ??
	secretInFile(path.join(config.home, 'url-signing-secret'), () => randomBytes(32).toString('base64url'), 'set URL_SIGNING_SECRET');
