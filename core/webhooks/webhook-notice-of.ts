import type { Config } from '../config/load-config.js';
import { createFileLinks } from '../links/create-file-links.js';
import { publicBaseUrlOf } from '../links/public-base-url-of.js';
import { resolveUrlSigningSecret } from '../links/resolve-url-signing-secret.js';
import type { WebhookNotice } from './webhook-notice.js';

/** Signed file links and the retry policy for the events a process announces. */
export const webhookNoticeOf = (
	config: Pick<Config, 'publicUrl' | 'host' | 'port' | 'webhooks' | 'home' | 'access'>,
	baseUrl = publicBaseUrlOf(config),
): WebhookNotice => ({
	links: createFileLinks({ baseUrl, secret: resolveUrlSigningSecret(config), ttlSeconds: config.access.fileUrlTtlSeconds }),
	retry: { attempts: config.webhooks.attempts, backoffMs: config.webhooks.backoffMs },
});
