import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPostgresDatabase } from '../../tests/support/test-postgres.js';
import { databaseProviderOf, prismaPathsFor } from './database-provider.js';
import { lockPostgresMigrations } from './lock-postgres-migrations.js';
import { projectRoot } from './project-root.js';

const PROCESSES = 3;
const scratch = fs.mkdtempSync(path.join(process.env.REELFORGE_TEST_ROOT ?? os.tmpdir(), 'reelforge-migrate-'));

// Each process opens the database as `reelforge serve` and `reelforge worker` do, and prints what it applied. They load
// the code first and wait for "go" on stdin, so all of them reach the migrations at the same moment.
const opener = path.join(scratch, 'open.mts');
fs.writeFileSync(
	opener,
	`import { once } from 'node:events';
import { openMigratedDatabase } from ${JSON.stringify(path.join(projectRoot, 'core/db/open-migrated-database.ts'))};
console.log('loaded');
await once(process.stdin, 'data');
const { db, applied } = await openMigratedDatabase(process.argv[2]);
const rows = await db.$queryRawUnsafe('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL');
await db.$disconnect();
console.log(JSON.stringify({ applied, recorded: rows.length }));
process.exit(0);`,
);

const committedMigrations = (databaseUrl: string) =>
	fs
		.readdirSync(path.join(projectRoot, prismaPathsFor(databaseProviderOf(databaseUrl)).migrations), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();

type Opened = { applied: string[]; recorded: number };

/** Starts PROCESSES processes, lets them all open the same fresh database at once; resolves with what each printed. */
const openAtOnce = async (databaseUrl: string): Promise<Opened[]> => {
	const children = Array.from({ length: PROCESSES }, () => {
		const child = spawn(process.execPath, ['--import', 'tsx', opener, databaseUrl], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			output += chunk.toString();
		});
		const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
		return { child, output: () => output, exited };
	});
	const loaded = (each: (typeof children)[number]) => each.output().includes('loaded');
	while (!children.every(loaded) && children.every((each) => each.child.exitCode === null)) await new Promise((resolve) => setTimeout(resolve, 20));
	for (const each of children) each.child.stdin.write('go\n');
	const codes = await Promise.all(children.map((each) => each.exited));
	expect(codes, children.map((each) => each.output()).join('\n---\n')).toEqual(Array(PROCESSES).fill(0));
	return children.map((each) => JSON.parse(each.output().trim().split('\n').at(-1) ?? '') as Opened);
};

describe('processes opening a fresh database at the same moment', () => {
	// A race does not lose every time: three fresh databases.
	it.each([1, 2, 3])(
		'SQLite, database %i: all open it, one applies every migration, the others wait for it and apply none',
		async (round) => {
			const url = `file:${path.join(scratch, `fresh-${round}.db`)}`;
			const results = await openAtOnce(url);
			const committed = committedMigrations(url);
			expect(results.map((result) => result.recorded)).toEqual(Array(PROCESSES).fill(committed.length));
			expect(results.filter((result) => result.applied.length > 0).map((result) => result.applied)).toEqual([committed]);
			// The lock file beside the database is gone once they are done.
			expect(fs.readdirSync(scratch).filter((name) => name.endsWith('.lock'))).toEqual([]);
		},
		60_000,
	);

	describe('PostgreSQL', () => {
		let database: Awaited<ReturnType<typeof createTestPostgresDatabase>>;
		beforeAll(async () => {
			database = await createTestPostgresDatabase();
		});
		afterAll(async () => {
			await database?.drop();
		});

		it('all open it, one applies every migration, the others wait for the advisory lock and apply none', async () => {
			const results = await openAtOnce(database.url);
			const committed = committedMigrations(database.url);
			expect(results.map((result) => result.recorded)).toEqual(Array(PROCESSES).fill(committed.length));
			expect(results.filter((result) => result.applied.length > 0).map((result) => result.applied)).toEqual([committed]);
		}, 60_000);

		it('gives up waiting for the advisory lock with one line naming the session that holds it', async () => {
			const holder = await lockPostgresMigrations(database.url, 1000);
			const failure = await lockPostgresMigrations(database.url, 300).then(
				() => null,
				(error: Error) => error.message,
			);
			await holder.release();
			expect(failure).toMatch(
				new RegExp(
					`^Timed out after 0\\.3 s waiting for the migration lock \\(pg_advisory_lock \\d+\\), held by backend pid \\d+ \\(reelforge migrations, pid ${process.pid} on ${os.hostname()}\\) since \\S+$`,
				),
			);
			// Released: the next one gets it at once.
			const next = await lockPostgresMigrations(database.url, 300);
			await next.release();
			// And no session is left holding it.
			const client = new pg.Client({ connectionString: database.url });
			await client.connect();
			const { rows } = await client.query(
				"SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
			);
			await client.end();
			expect(rows[0]?.n).toBe(0);
		});
	});
});
