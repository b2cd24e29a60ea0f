import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/load-config.js';

export const webhookSecretFileOf = (home: string) => path.join(home, 'webhook-secret');

/**
 * WEBHOOK_SIGNING_SECRET, or else the secret in $REELFORGE_HOME/webhook-secret, made on first use (mode 0600)
 * so that the API and every worker on this machine sign with the same one. Never log what this returns.
 */
export const resolveWebhookSecret = (config: Pick<Config, 'home' | 'webhooks'>): string => {
	if (config.webhooks.signingSecret) return config.webhooks.signingSecret;
	const file = webhookSecretFileOf(config.home);
	const existing = readSecret(file);
	if (existing) return existing;
	fs.mkdirSync(config.home, { recursive: true });
	// Written aside and linked into place: link fails if another process got there first, and no reader ever sees a half-written file.
	const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
	fs.writeFileSync(draft, `whsec_${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
	try {
		fs.linkSync(draft, file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	} finally {
		fs.rmSync(draft, { force: true });
	}
	const secret = readSecret(file);
	if (!secret) throw new Error(`${file} is empty; delete it or set WEBHOOK_SIGNING_SECRET`);
	return secret;
};

const readSecret = (file: string): string | null => {
	try {
		return fs.readFileSync(file, 'utf8').trim() || null;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
};
