import type { Config } from '../config/load-config.js';
import type { WebhookNotice } from './notify-render-finished.js';

/** File links in events use PUBLIC_URL, else the API's own address, as the API's render views do. */
export const webhookNoticeOf = (config: Pick<Config, 'publicUrl' | 'host' | 'port' | 'webhooks'>): WebhookNotice => ({
	publicUrl: config.publicUrl?.replace(/\/$/, '') ?? `http://${config.host}:${config.port}`,
	retry: { attempts: config.webhooks.attempts, backoffMs: config.webhooks.backoffMs },
});
