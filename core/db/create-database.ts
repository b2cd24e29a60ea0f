import { createAdapterFactory } from './create-adapter-factory.js';
import { databaseProviderOf } from './database-provider.js';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.js';
import { PrismaClient } from './generated/sqlite/client.js';

/** Both generated clients have the same model API; the SQLite one is the type everything is written against. */
export type Database = PrismaClient;

export const createDatabase = async (databaseUrl: string): Promise<Database> => {
	const adapter = createAdapterFactory(databaseUrl);
	if (databaseProviderOf(databaseUrl) === 'postgresql') {
		return new PostgresClient({ adapter }) as unknown as Database;
	}
	const db = new PrismaClient({ adapter });
	// WAL lets the API read while a worker writes progress; the two often run as separate processes.
	await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
	return db;
};
