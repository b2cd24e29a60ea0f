import fs from 'node:fs';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';

/** Reads a Prisma `migrations/` folder (one `<timestamp>_<name>/migration.sql` per migration) in order. */
export const readMigrations = (migrationsDir: string): MigrationList => {
	const lockPath = path.join(migrationsDir, 'migration_lock.toml');
	const directories = fs
		.readdirSync(migrationsDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
	return {
		baseDir: migrationsDir,
		lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
		shadowDbInitScript: '',
		migrationDirectories: directories.map((name) => {
			const file = path.join(migrationsDir, name, 'migration.sql');
			return {
				path: name,
				migrationFile: {
					path: 'migration.sql',
					content: fs.existsSync(file) ? { tag: 'ok' as const, value: fs.readFileSync(file, 'utf8') } : { tag: 'error' as const, value: `${file} is missing` },
				},
			};
		}),
	};
};
