import path from 'node:path';
import { acquireFileLock } from '../fs/acquire-file-lock.js';
import { databaseProviderOf } from './database-provider.js';
import { lockPostgresMigrations } from './lock-postgres-migrations.js';

/** How long a process waits for another one's migrations before it gives up. */
const WAIT_MS = 60_000;
/** A SQLite migration lock older than this is abandoned (its holder hung); applying every migration takes seconds. */
const STALE_MS = 10 * 60_000;

/** The lock file beside a SQLite database: `reelforge.db` is guarded by `reelforge.db.migrate.lock`. */
const sqliteMigrationLockPath = (databaseUrl: string) => `${path.resolve(databaseUrl.slice('file:'.length).replace(/\?.*$/, ''))}.migrate.lock`;

/**
 * Runs `migrate` while holding the database's migration lock, so processes started together migrate one at a time:
 * a lock file beside a SQLite database, PostgreSQL's advisory lock otherwise.
 */
export const withMigrationLock = async <T>(databaseUrl: string, migrate: () => Promise<T>): Promise<T> => {
	if (databaseProviderOf(databaseUrl) === 'postgresql') {
		const lock = await lockPostgresMigrations(databaseUrl, WAIT_MS);
		try {
			return await migrate();
		} finally {
			await lock.release();
		}
	}
	const lock = await acquireFileLock(sqliteMigrationLockPath(databaseUrl), { what: 'the migration lock', waitMs: WAIT_MS, staleMs: STALE_MS });
	try {
		return await migrate();
	} finally {
		lock.release();
	}
};
