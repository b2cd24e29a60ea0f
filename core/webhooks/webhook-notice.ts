import type { WebhookRetry } from '../contracts/webhook-job.js';
import type { FileLinks } from '../links/create-file-links.js';

/** What announcing an event needs besides the event: signed links to its files and how it is retried. */
export type WebhookNotice = {
	/** Signed links to files in events (on PUBLIC_URL, else the API's own address): receivers have no API key. */
	links: FileLinks;
	retry: WebhookRetry;
};
