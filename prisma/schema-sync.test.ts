import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../core/db/project-root.js';
import { postgresSchemaFrom } from './postgres-schema-from.js';

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');
const migrationNames = (dir: string) =>
	fs
		.readdirSync(path.join(projectRoot, dir), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();

describe('the Prisma schema and its migrations', () => {
	it('keeps the PostgreSQL schema generated from the SQLite one (run npm run db:generate)', () => {
		const postgres = read('prisma/postgresql/schema.prisma');
		expect(postgres).toBe(postgresSchemaFrom(read('prisma/schema.prisma')));
		expect(postgres).toContain('provider = "postgresql"');
	});

	it('has a migration for every schema change (run npm run db:create-migration -- <name>)', () => {
		expect(read('prisma/migration-snapshot.prisma')).toBe(read('prisma/schema.prisma'));
	});

	it('has the same migrations for both databases', () => {
		const sqlite = migrationNames('prisma/migrations');
		expect(sqlite.length).toBeGreaterThan(0);
		expect(migrationNames('prisma/postgresql/migrations')).toEqual(sqlite);
	});
});
