// Writes the PostgreSQL schema twin and generates both Prisma clients.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../core/db/project-root.js';
import { postgresSchemaFrom } from './postgres-schema-from.js';

const sqliteSchemaPath = path.join(projectRoot, 'prisma/schema.prisma');
const postgresSchemaPath = path.join(projectRoot, 'prisma/postgresql/schema.prisma');
fs.mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
fs.writeFileSync(postgresSchemaPath, postgresSchemaFrom(fs.readFileSync(sqliteSchemaPath, 'utf8')));

// `prisma generate` needs no schema engine, but first tries to download one, which fails offline.
// Any existing file satisfies that check; a user's own setting wins.
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
const prismaCli = path.join(projectRoot, 'node_modules/prisma/build/index.js');
for (const schema of [sqliteSchemaPath, postgresSchemaPath]) {
	execFileSync(process.execPath, [prismaCli, 'generate', '--schema', schema], { env, stdio: 'pipe', cwd: projectRoot });
}
console.log('Generated Prisma clients for SQLite and PostgreSQL in core/db/generated/');
