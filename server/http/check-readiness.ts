import type { ServerDeps } from '../context.js';
import { withTimeout } from './with-timeout.js';

const CHECK_TIMEOUT_MS = 2000;

export type Readiness = { ok: boolean; redis: 'ok' | 'failed'; database: 'ok' | 'failed' };

const outcomeOf = async (what: string, check: () => Promise<unknown>, logger: ServerDeps['logger']): Promise<'ok' | 'failed'> => {
	try {
		await withTimeout(check(), CHECK_TIMEOUT_MS, what);
		return 'ok';
	} catch (error) {
		// The reason goes to the log, not the response: driver messages can name hosts and users.
		logger.warn('readiness check failed', { check: what, error: error instanceof Error ? error.message : String(error) });
		return 'failed';
	}
};

/** Whether this API can serve: Redis answers PING and the database answers SELECT 1. */
export const checkReadiness = async ({ publisher, db, logger }: Pick<ServerDeps, 'publisher' | 'db' | 'logger'>): Promise<Readiness> => {
	const [redis, database] = await Promise.all([
		outcomeOf(
			'redis',
			async () => {
				// A connection that is reconnecting queues commands until it is back; say so at once instead.
				if (publisher.status !== 'ready') throw new Error(`connection is ${publisher.status}`);
				await publisher.ping();
			},
			logger,
		),
		outcomeOf('database', () => db.$queryRawUnsafe('SELECT 1'), logger),
	]);
	return { ok: redis === 'ok' && database === 'ok', redis, database };
};
