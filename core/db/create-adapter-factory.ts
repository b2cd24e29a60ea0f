import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseProviderOf } from './database-provider.js';

/** SQLite waits this long for another process's write lock instead of failing with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export const createAdapterFactory = (databaseUrl: string) => {
	if (databaseProviderOf(databaseUrl) === 'sqlite') {
		const file = databaseUrl.slice('file:'.length);
		fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
		return new PrismaBetterSqlite3({ url: databaseUrl, timeout: SQLITE_BUSY_TIMEOUT_MS });
	}
	return new PrismaPg({ connectionString: databaseUrl });
};
