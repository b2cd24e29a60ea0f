import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './create-database.js';
import { databaseProviderOf, prismaPathsFor } from './database-provider.js';
import { projectRoot } from './project-root.js';

/** Committed migrations the database has not finished applying; a plain read, so it never waits on a writer. */
export const pendingMigrations = async (db: Database, databaseUrl: string): Promise<string[]> => {
	const dir = path.join(projectRoot, prismaPathsFor(databaseProviderOf(databaseUrl)).migrations);
	const committed = fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);
	const applied = await db
		.$queryRawUnsafe<{ migration_name: string }[]>('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL')
		.catch(() => []);
	const done = new Set(applied.map((row) => row.migration_name));
	return committed.filter((name) => !done.has(name)).sort();
};
