import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/db/project-root.js';
import { ensureSampleAssets } from '../../core/media/ensure-sample-assets.js';
import { createLocalStorage } from '../../core/storage/local/create-local-storage.js';
import { processesReferringTo } from '../support/processes-referring-to.js';
import { stopProcesses } from '../support/stop-processes.js';
import { makeTempDir, sharedBundleCacheDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

const RUNS = 10;
const cli = path.join(projectRoot, 'bin/reelforge.js');

type CliProcess = { name: string; child: ChildProcess; output: () => string; exited: Promise<number | null> };

const startCli = (name: 'serve' | 'worker', env: NodeJS.ProcessEnv): CliProcess => {
	const child = spawn(process.execPath, [cli, name], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => {
		output += chunk.toString();
	});
	child.stderr?.on('data', (chunk: Buffer) => {
		output += chunk.toString();
	});
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { name, child, output: () => output, exited };
};

/** Resolves with the first match of `pattern` in the process's output; fails at once if the process exits first. */
const untilOutput = async (proc: CliProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> => {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const match = pattern.exec(proc.output());
		if (match) return match;
		if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited with ${proc.child.exitCode} before ${pattern}:\n${proc.output()}`);
		if (Date.now() > deadline) throw new Error(`${proc.name} did not print ${pattern} within ${timeoutMs} ms:\n${proc.output()}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
};

/** Log lines at level error and fatal CLI messages (`reelforge: …`), such as the schema engine's "busy" WASM_ERROR. */
const errorLines = (output: string) =>
	output.split('\n').filter((line) => line.includes('"level":"error"') || line.startsWith('reelforge:') || /WASM_ERROR|SocketTimeout/.test(line));

/** redis-server daemons running in `dir` (each one chdirs to its --dir and renames itself `redis-server HOST:PORT`). */
const redisServersIn = (dir: string) => processesReferringTo(dir).filter((each) => each.command.startsWith('redis-server'));

let storageDir: string;
beforeAll(async () => {
	// Shared by the runs and made once: the race under test is the database's and Redis's, not the sample media's.
	storageDir = makeTempDir('concurrent-start-storage');
	await ensureSampleAssets(createLocalStorage(storageDir));
});

describe('`reelforge serve` and `reelforge worker` started at the same moment on a fresh home', () => {
	it.each(Array.from({ length: RUNS }, (_, i) => i + 1))(
		'run %i: both become ready, one applies the migrations, one Redis is started, and /readyz counts the worker',
		async () => {
			const home = makeTempDir('concurrent-start');
			const { REDIS_URL: _redis, DATABASE_URL: _database, ...inherited } = process.env;
			// No REDIS_URL, no DATABASE_URL: a fresh SQLite file and the embedded Redis, as on a first start.
			const env = { ...inherited, REELFORGE_HOME: home, STORAGE_DIR: storageDir, BUNDLE_CACHE_DIR: sharedBundleCacheDir, LOG_LEVEL: 'info', PORT: '0' };
			const started = [startCli('serve', env), startCli('worker', env)] as const;
			const [serve, worker] = started;
			try {
				const [, url] = await untilOutput(serve, /Reelforge API on (http:\/\/[\d.:]+)/, 60_000);
				await untilOutput(worker, /"message":"worker ready"/, 60_000);
				const readiness = await waitFor(
					'/readyz to answer 200',
					async () => {
						const response = await fetch(`${url}/readyz`);
						return response.status === 200 ? ((await response.json()) as { workers: number }) : undefined;
					},
					15_000,
					100,
				);
				expect(readiness).toMatchObject({ ok: true, redis: 'ok', database: 'ok' });
				expect(readiness.workers).toBeGreaterThanOrEqual(1);

				// The second process waited for the first one's migrations and found none left.
				expect(started.filter((proc) => proc.output().includes('"message":"applied database migrations"'))).toHaveLength(1);
				// Exactly one embedded Redis, the one redis.url names.
				const { port } = new URL(fs.readFileSync(path.join(home, 'redis', 'redis.url'), 'utf8'));
				expect(redisServersIn(path.join(home, 'redis')).map((each) => each.command)).toEqual([`redis-server 127.0.0.1:${port}`]);
				expect(started.filter((proc) => proc.output().includes('"message":"started embedded redis-server"'))).toHaveLength(1);

				serve.child.kill('SIGTERM');
				worker.child.kill('SIGTERM');
				expect(await serve.exited).toBe(0);
				expect(await worker.exited).toBe(0);
				expect(errorLines(serve.output())).toEqual([]);
				expect(errorLines(worker.output())).toEqual([]);
			} finally {
				for (const proc of started) if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
				await Promise.all(started.map((proc) => proc.exited));
				// The embedded Redis outlives the commands that share it; stop it, and any second one a race started.
				await stopProcesses(redisServersIn(path.join(home, 'redis')).map((each) => each.pid));
			}
		},
		90_000,
	);
});
