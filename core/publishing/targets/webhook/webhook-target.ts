import type { PublishTarget } from '../../publish-target.js';
import { publishToWebhook } from './publish-to-webhook.js';

/** A URL that takes signed `render.published` events: one per render and URL. */
export const webhookTarget: PublishTarget<'webhook'> = {
	kind: 'webhook',
	identityOf: (target) => [target.url],
	outboundUrlsOf: (target) => [{ path: 'target.url', url: target.url }],
	publish: publishToWebhook,
};
