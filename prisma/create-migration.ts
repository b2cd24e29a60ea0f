// Usage: npm run db:create-migration -- <name>
// Diffs the schema as of the last migration (prisma/migration-snapshot.prisma) against prisma/schema.prisma
// and writes the SQL for SQLite and PostgreSQL as new migrations in Prisma's layout. No database needed.
import fs from 'node:fs';
import path from 'node:path';
import { createAdapterFactory } from '../core/db/create-adapter-factory.js';
import { loadSchemaEngine } from '../core/db/load-schema-engine.js';
import { projectRoot } from '../core/db/project-root.js';
import { postgresSchemaFrom } from './postgres-schema-from.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
	console.error('Usage: npm run db:create-migration -- <name in snake_case>');
	process.exit(2);
}
const snapshotPath = path.join(projectRoot, 'prisma/migration-snapshot.prisma');
const current = fs.readFileSync(path.join(projectRoot, 'prisma/schema.prisma'), 'utf8');
const previous = fs.existsSync(snapshotPath) ? fs.readFileSync(snapshotPath, 'utf8') : null;
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

const targets = [
	{ dir: 'prisma/migrations', to: current, from: previous, url: 'file::memory:' },
	{
		dir: 'prisma/postgresql/migrations',
		to: postgresSchemaFrom(current),
		from: previous && postgresSchemaFrom(previous),
		url: process.env.POSTGRES_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/postgres',
	},
];
for (const target of targets) {
	const { engine, dispose } = await loadSchemaEngine(target.to, createAdapterFactory(target.url));
	const { stdout } = await engine.diff({
		from: target.from ? { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: target.from }] } : { tag: 'empty' },
		to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: target.to }] },
		script: true,
		exitCode: null,
		filters: { externalTables: [], externalEnums: [] },
	});
	await dispose();
	const dir = path.join(projectRoot, target.dir, `${stamp}_${name}`);
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'migration.sql'), stdout ?? '');
	const provider = target.dir.includes('postgresql') ? 'postgresql' : 'sqlite';
	fs.writeFileSync(path.join(projectRoot, target.dir, 'migration_lock.toml'), `provider = "${provider}"\n`);
	console.log(`wrote ${path.relative(projectRoot, dir)}/migration.sql`);
}
fs.writeFileSync(snapshotPath, current);
