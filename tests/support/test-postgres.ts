import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** The local PostgreSQL that `npm run setup` installs and starts; override with TEST_POSTGRES_URL. */
const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://reelforge:reelforge@127.0.0.1:5432/postgres';

/** A fresh, empty database for one test file; `drop` removes it. */
export const createTestPostgresDatabase = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
	const name = `reelforge_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect().catch((error: Error) => {
		throw new Error(`PostgreSQL is not reachable at ${adminUrl} (${error.message}). Run \`npm run setup\` to install and start it.`);
	});
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const client = new pg.Client({ connectionString: adminUrl });
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await client.end();
		},
	};
};
