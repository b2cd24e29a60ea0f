import type { Logger } from '../core/log/create-logger.js';

/** Resolves on the first SIGINT/SIGTERM; a second one exits immediately. */
export const untilShutdownSignal = (logger: Logger): Promise<void> =>
	new Promise((resolve) => {
		let received = false;
		const onSignal = (signal: NodeJS.Signals) => {
			if (received) {
				logger.warn('second signal, exiting now', { signal });
				process.exit(130);
			}
			received = true;
			logger.info('shutting down, finishing work in progress', { signal });
			resolve();
		};
		process.on('SIGINT', onSignal);
		process.on('SIGTERM', onSignal);
	});
