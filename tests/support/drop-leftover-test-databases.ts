import pg from 'pg';
import { testDatabasePrefix, testPostgresAdminUrl } from './test-postgres.js';

/**
 * Drops the databases this run created and did not drop (see createTestPostgresDatabase) and returns their names.
 * Without a reachable PostgreSQL there is nothing to drop.
 */
export const dropLeftoverTestDatabases = async (): Promise<string[]> => {
	const prefix = testDatabasePrefix();
	const admin = new pg.Client({ connectionString: testPostgresAdminUrl, connectionTimeoutMillis: 3000 });
	admin.on('error', () => {});
	try {
		await admin.connect();
	} catch {
		return [];
	}
	try {
		const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database');
		const leftovers = rows.map((row) => row.datname).filter((name) => name.startsWith(prefix) && /^[a-z0-9_]+$/.test(name));
		for (const name of leftovers) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		return leftovers;
	} finally {
		await admin.end().catch(() => {});
	}
};
