import { Redis } from 'ioredis';
import type { Config } from '../core/config/load-config.js';
import type { Database } from '../core/db/create-database.js';
import { publicBaseUrlOf } from '../core/links/public-base-url-of.js';
import { resolveUrlSigningSecret } from '../core/links/resolve-url-signing-secret.js';
import type { Logger } from '../core/log/create-logger.js';
import { createOutboundPolicy } from '../core/net/create-outbound-policy.js';
import { openPublishQueue } from '../core/publishing/open-publish-queue.js';
import { resolveTokenKey } from '../core/publishing/resolve-token-key.js';
import { openStorage } from '../core/storage/open-storage.js';
import { createVoiceoverProviders } from '../core/voiceover/create-voiceover-providers.js';
import { openWebhookQueue } from '../core/webhooks/open-webhook-queue.js';
import type { ServerDeps } from './context.js';
import { createRenderEvents } from './render-events.js';
import { openRenderQueues } from './renders/open-render-queues.js';

/**
 * What every request of the API shares, connected: Redis and the queues, render events, the outbound policy, storage,
 * voices, secrets. The HTTP server is built on it, and tests call procedures on it directly (appRouter.createCaller).
 * `port` is read when a link is built: the HTTP server knows it once it listens.
 */
export const openServerDeps = async ({
	config,
	db,
	redisUrl,
	logger,
	port = () => config.port,
}: {
	config: Config;
	db: Database;
	redisUrl: string;
	logger: Logger;
	port?: () => number;
}): Promise<{ deps: ServerDeps; close: () => Promise<void> }> => {
	const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
	connection.on('error', (error) => logger.warn('redis connection error', { error: error.message }));
	const renderQueues = openRenderQueues(connection, logger);
	const renderEvents = await createRenderEvents(connection);
	const webhooks = openWebhookQueue(redisUrl, logger);
	const publishing = openPublishQueue(redisUrl, logger);
	const outbound = createOutboundPolicy({ rules: config.outbound.rules });
	const storage = openStorage(config, outbound);
	const deps: ServerDeps = {
		config,
		outbound,
		db,
		renderQueues,
		publisher: connection,
		webhookQueue: webhooks.queue,
		publishQueue: publishing.queue,
		tokenKey: resolveTokenKey(config),
		urlSigningSecret: resolveUrlSigningSecret(config),
		// Links are built from PUBLIC_URL or the address the API listens on, never from a Host header.
		publicBaseUrl: () => publicBaseUrlOf({ ...config, port: port() }),
		renderEvents,
		logger,
		rootStorage: storage.storage,
		voiceover: { providers: createVoiceoverProviders(config, outbound), targetLufs: config.voiceover.targetLufs },
	};
	return {
		deps,
		close: async () => {
			await renderEvents.close();
			await renderQueues.close();
			await webhooks.close();
			await publishing.close();
			connection.disconnect();
			storage.cache.close();
		},
	};
};
