import type { ServerDeps } from '../context.js';
import { withTimeout } from './with-timeout.js';

const CHECK_TIMEOUT_MS = 2000;

export type Readiness = { ok: boolean; redis: 'ok' | 'failed'; database: 'ok' | 'failed'; workers: number };

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

/**
 * Whether this API can serve renders: Redis answers PING, the database answers SELECT 1, and at least one render worker
 * is connected to the render queue (BullMQ lists workers by their Redis client names). Without a worker, renders would
 * be accepted and stay queued.
 */
export const checkReadiness = async ({
	publisher,
	db,
	renderQueues,
	logger,
}: Pick<ServerDeps, 'publisher' | 'db' | 'renderQueues' | 'logger'>): Promise<Readiness> => {
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
	let workers = 0;
	// Workers can only be counted through Redis; with it away the answer already says why.
	if (redis === 'ok') {
		await outcomeOf(
			'workers',
			async () => {
				workers = await renderQueues.of('local').getWorkersCount();
			},
			logger,
		);
	}
	return { ok: redis === 'ok' && database === 'ok' && workers > 0, redis, database, workers };
};
