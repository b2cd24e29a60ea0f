import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropLeftoverTestDatabases } from './drop-leftover-test-databases.js';
import { processesReferringTo } from './processes-referring-to.js';
import { stopProcesses } from './stop-processes.js';

let root: string | null = null;

/**
 * One root directory for the whole run (makeTempDir puts every test home under it), named in REELFORGE_TEST_ROOT;
 * the pool workers vitest starts next inherit it, and so does everything they spawn.
 */
export const setup = () => {
	const runId = randomBytes(4).toString('hex');
	// Short: Chromium puts a Unix socket (108 bytes at most) in its profile, several folders below a test home.
	root = path.join(os.tmpdir(), `rf-${runId}`);
	fs.mkdirSync(root);
	process.env.REELFORGE_TEST_ROOT = root;
	process.env.REELFORGE_TEST_RUN_ID = runId;
};

/**
 * Nothing a test started may outlive the run: processes that still refer to the root (redis-server daemons in a test
 * home, Chromium with a profile there, spawned workers) and this run's PostgreSQL databases are removed, and the
 * run fails naming them, so a leak turns CI red instead of piling up on the machine.
 */
export const teardown = async () => {
	if (root === null) return;
	const leftovers = processesReferringTo(root);
	await stopProcesses(leftovers.map((each) => each.pid));
	const databases = await dropLeftoverTestDatabases();
	const lines = [...leftovers.map((each) => `  pid ${each.pid}: ${each.command}`), ...databases.map((name) => `  database ${name}`)];
	try {
		fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
	} catch (error) {
		// A file system still mounted there (a test that failed before unmounting its small disk).
		lines.push(`  ${root} could not be removed: ${error instanceof Error ? error.message : String(error)}`);
	}
	root = null;
	if (lines.length === 0) return;
	// vitest reports a failing teardown but keeps the exit code of the tests; a leak must fail the run.
	process.exitCode = 1;
	throw new Error(`The test run left ${lines.length} thing(s) behind (stopped and removed now):\n${lines.join('\n')}`);
};
