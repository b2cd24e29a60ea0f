import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../core/config/load-config.js';
import { LAMBDA_RENDER_QUEUE_NAME, RENDER_QUEUE_NAME, type RenderJobData, type RenderResult } from '../core/contracts/render-job.js';
import type { Database } from '../core/db/create-database.js';
import { publicBaseUrlOf } from '../core/links/public-base-url-of.js';
import { resolveUrlSigningSecret } from '../core/links/resolve-url-signing-secret.js';
import type { Logger } from '../core/log/create-logger.js';
import { createOutboundPolicy } from '../core/net/create-outbound-policy.js';
import { openPublishQueue } from '../core/publishing/open-publish-queue.js';
import { resolveTokenKey } from '../core/publishing/resolve-token-key.js';
import { createLocalStorage } from '../core/storage/local-storage.js';
import { createVoiceoverProviders } from '../core/voiceover/create-voiceover-providers.js';
import { openWebhookQueue } from '../core/webhooks/open-webhook-queue.js';
import { createHttpServer } from './create-http-server.js';
import { createRenderEvents } from './render-events.js';

export type ApiServer = { url: string; port: number; close: () => Promise<void> };

/** Connects the queue and starts the HTTP API; `close` stops accepting requests and releases connections. */
export const startApiServer = async ({
	config,
	db,
	redisUrl,
	logger,
}: {
	config: Config;
	db: Database;
	redisUrl: string;
	logger: Logger;
}): Promise<ApiServer> => {
	const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
	connection.on('error', (error) => logger.warn('redis connection error', { error: error.message }));
	const queue = new Queue<RenderJobData, RenderResult>(RENDER_QUEUE_NAME, { connection });
	queue.on('error', (error) => logger.warn('queue error', { error: error.message }));
	const lambdaQueue = new Queue<RenderJobData, RenderResult>(LAMBDA_RENDER_QUEUE_NAME, { connection });
	lambdaQueue.on('error', (error) => logger.warn('queue error', { error: error.message }));
	const renderEvents = await createRenderEvents(connection);
	const webhooks = openWebhookQueue(redisUrl, logger);
	const publishing = openPublishQueue(redisUrl, logger);
	const outbound = createOutboundPolicy({ rules: config.outbound.rules });
	// The port is known once the server listens (PORT=0 picks a free one); links are built from it, never from a Host header.
	let listeningPort = config.port;
	const server = createHttpServer({
		config,
		outbound,
		db,
		queue,
		lambdaQueue,
		publisher: connection,
		webhookQueue: webhooks.queue,
		publishQueue: publishing.queue,
		tokenKey: resolveTokenKey(config),
		urlSigningSecret: resolveUrlSigningSecret(config),
		publicBaseUrl: () => publicBaseUrlOf({ ...config, port: listeningPort }),
		renderEvents,
		logger,
		rootStorage: createLocalStorage(config.storageDir),
		voiceover: { providers: createVoiceoverProviders(config, outbound), targetLufs: config.voiceover.targetLufs },
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(config.port, config.host, () => resolve());
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : config.port;
	listeningPort = port;
	if (!config.publicUrl && !/^(127\.\d+\.\d+\.\d+|localhost|::1)$/.test(config.host)) {
		logger.warn('PUBLIC_URL is not set: links in responses point at 127.0.0.1; set PUBLIC_URL to the address clients use', { host: config.host });
	}
	const url = `http://${config.host}:${port}`;
	logger.info('api listening', { url });
	return {
		url,
		port,
		close: async () => {
			server.closeIdleConnections();
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				// SSE subscriptions hold connections open; do not wait for them.
				setTimeout(() => server.closeAllConnections(), 1000).unref();
			});
			await renderEvents.close();
			await queue.close();
			await lambdaQueue.close();
			await webhooks.close();
			await publishing.close();
			connection.disconnect();
		},
	};
};
