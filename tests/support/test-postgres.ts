import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** The local PostgreSQL that `npm run setup` installs and starts; override with TEST_POSTGRES_URL. */
export const testPostgresAdminUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://reelforge:reelforge@127.0.0.1:5432/postgres';

/** Names carry the run's id (tests/support/global-setup.ts), so the run's teardown drops only its own leftovers, never a parallel run's. */
export const testDatabasePrefix = () => `reelforge_test_${process.env.REELFORGE_TEST_RUN_ID ? `${process.env.REELFORGE_TEST_RUN_ID}_` : ''}`;

/** A fresh, empty database for one test file; `drop` removes it. */
export const createTestPostgresDatabase = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
	const name = `${testDatabasePrefix()}${randomUUID().replaceAll('-', '').slice(0, 12)}`;
	const admin = new pg.Client({ connectionString: testPostgresAdminUrl });
	await admin.connect().catch((error: Error) => {
		throw new Error(`PostgreSQL is not reachable at ${testPostgresAdminUrl} (${error.message}). Run \`npm run setup\` to install and start it.`);
	});
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(testPostgresAdminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const client = new pg.Client({ connectionString: testPostgresAdminUrl });
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await client.end();
		},
	};
};
