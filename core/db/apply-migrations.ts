import fs from 'node:fs';
import path from 'node:path';
import { createAdapterFactory } from './create-adapter-factory.js';
import { databaseProviderOf, prismaPathsFor } from './database-provider.js';
import { loadSchemaEngine } from './load-schema-engine.js';
import { projectRoot } from './project-root.js';
import { readMigrations } from './read-migrations.js';

/**
 * Applies the committed migrations that the database has not seen yet, like `prisma migrate deploy`
 * (same folder layout, same `_prisma_migrations` table), but without Prisma's native engine.
 */
export const applyMigrations = async (databaseUrl: string): Promise<{ applied: string[] }> => {
	const paths = prismaPathsFor(databaseProviderOf(databaseUrl));
	const schema = fs.readFileSync(path.join(projectRoot, paths.schema), 'utf8');
	const { engine, dispose } = await loadSchemaEngine(schema, createAdapterFactory(databaseUrl));
	try {
		const { appliedMigrationNames } = await engine.applyMigrations({
			migrationsList: readMigrations(path.join(projectRoot, paths.migrations)),
			filters: { externalTables: [], externalEnums: [] },
		});
		return { applied: appliedMigrationNames };
	} finally {
		await dispose();
	}
};
