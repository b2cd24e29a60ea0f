import type { Config } from '../core/config/load-config.js';
import type { Database } from '../core/db/create-database.js';
import type { Logger } from '../core/log/create-logger.js';
import { createHttpServer } from './create-http-server.js';
import { openServerDeps } from './open-server-deps.js';

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
	// The port is known once the server listens (PORT=0 picks a free one).
	let listeningPort = config.port;
	const shared = await openServerDeps({ config, db, redisUrl, logger, port: () => listeningPort });
	const server = createHttpServer(shared.deps);
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
			await shared.close();
		},
	};
};
