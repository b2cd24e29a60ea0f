import { applyMigrations } from './apply-migrations.js';
import { createDatabase, type Database } from './create-database.js';
import { pendingMigrations } from './pending-migrations.js';

const ATTEMPTS = 5;

const isBusy = (error: unknown) => /SocketTimeout|SQLITE_BUSY|database is locked/.test(String(error));

/**
 * Opens the database, first applying any committed migration it lacks.
 * On SQLite the schema engine needs the file to itself, so this process's client is closed while it runs;
 * another process holding the file makes it answer "busy", which is retried.
 */
export const openMigratedDatabase = async (databaseUrl: string): Promise<{ db: Database; applied: string[] }> => {
	const db = await createDatabase(databaseUrl);
	if ((await pendingMigrations(db, databaseUrl)).length === 0) return { db, applied: [] };
	await db.$disconnect();
	for (let attempt = 1; ; attempt++) {
		try {
			const { applied } = await applyMigrations(databaseUrl);
			return { db: await createDatabase(databaseUrl), applied };
		} catch (error) {
			if (!isBusy(error) || attempt >= ATTEMPTS) throw error;
			await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
		}
	}
};
