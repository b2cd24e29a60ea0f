import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config/load-config.js';
import { secretInFile } from '../fs/secret-in-file.js';

export const webhookSecretFileOf = (home: string) => path.join(home, 'webhook-secret');

/**
 * WEBHOOK_SIGNING_SECRET, or else the secret in $REELFORGE_HOME/webhook-secret, made on first use (mode 0600)
 * so that the API and every worker on this machine sign with the same one. Never log what this returns.
 */
export const resolveWebhookSecret = (config: Pick<Config, 'home' | 'webhooks'>): string => {
	if (config.webhooks.signingSecret) return config.webhooks.signingSecret;
	return secretInFile(webhookSecretFileOf(config.home), () => `whsec_${randomBytes(32).toString('hex')}`, 'set WEBHOOK_SIGNING_SECRET');
};
