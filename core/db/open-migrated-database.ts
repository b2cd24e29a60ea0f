import { applyMigrations } from './apply-migrations.js';
import { createDatabase, type Database } from './create-database.js';
import { pendingMigrations } from './pending-migrations.js';
import { withMigrationLock } from './with-migration-lock.js';

/** How long a "busy" database is retried; each attempt itself waits out SQLite's busy timeout (10 s) first. */
const BUSY_RETRY_MS = 60_000;
const MAX_BACKOFF_MS = 4_000;

// The wasm engine reports SQLite's busy timeout as an error variant it cannot name ("unknown variant `SocketTimeout`").
const isBusy = (error: unknown) => /SocketTimeout|SQLITE_BUSY|database is locked/.test(String(error));

/**
 * Applies the migrations; a database another process holds (a server reading it, a backup) answers "busy", which is
 * retried with a growing pause, within BUSY_RETRY_MS.
 */
const applyWhileBusyRetrying = async (databaseUrl: string): Promise<string[]> => {
	const started = Date.now();
	for (let attempt = 1; ; attempt++) {
		try {
			return (await applyMigrations(databaseUrl)).applied;
		} catch (error) {
			const pause = Math.min(250 * 2 ** (attempt - 1), MAX_BACKOFF_MS);
			if (!isBusy(error)) throw error;
			if (Date.now() - started + pause > BUSY_RETRY_MS) {
				throw new Error(
					`The database stayed busy (held by another process) for ${Math.round((Date.now() - started) / 1000)} s while migrations were applied, ${attempt} attempts; try again once it is free`,
				);
			}
			await new Promise((resolve) => setTimeout(resolve, pause));
		}
	}
};

/**
 * Opens the database, first applying any committed migration it lacks. Processes started together (API and worker)
 * take the migration lock in turn; the second finds nothing left to apply.
 * On SQLite the schema engine needs the file to itself, so this process's client is closed while it runs.
 */
export const openMigratedDatabase = async (databaseUrl: string): Promise<{ db: Database; applied: string[] }> => {
	const db = await createDatabase(databaseUrl);
	if ((await pendingMigrations(db, databaseUrl)).length === 0) return { db, applied: [] };
	await db.$disconnect();
	const applied = await withMigrationLock(databaseUrl, async () => {
		// Another process may have applied them while this one waited for the lock.
		const check = await createDatabase(databaseUrl);
		const pending = await pendingMigrations(check, databaseUrl).finally(() => check.$disconnect());
		return pending.length === 0 ? [] : applyWhileBusyRetrying(databaseUrl);
	});
	return { db: await createDatabase(databaseUrl), applied };
};
