import fs from 'node:fs';
import path from 'node:path';
import { acquireFileLock } from '../fs/acquire-file-lock.js';
import { writeFileAtomically } from '../fs/write-file-atomically.js';
import { type RunningRedis, startRedisServer } from './start-redis-server.js';
import { waitForRedisPing } from './wait-for-redis-ping.js';

/** The embedded Redis that redis.url in `dir` names, if it answers. */
const runningRedisIn = async (dir: string): Promise<RunningRedis | null> => {
	const urlFile = path.join(dir, 'redis.url');
	if (!fs.existsSync(urlFile)) return null;
	const url = fs.readFileSync(urlFile, 'utf8').trim();
	if (!(await waitForRedisPing(url, 300))) return null;
	const pid = Number(fs.readFileSync(path.join(dir, 'redis.pid'), 'utf8').trim());
	return {
		url,
		port: Number(new URL(url).port),
		pid,
		stop: async () => {
			process.kill(pid, 'SIGTERM');
		},
	};
};

/**
 * Reuses the embedded Redis another Reelforge process started in `dir`, or starts it. Processes started together
 * (API and worker) decide under a lock file in `dir`, so exactly one starts it; redis.url is written whole
 * (temporary file, then rename) once the server answers.
 */
export const ensureEmbeddedRedis = async (dir: string): Promise<{ redis: RunningRedis; started: boolean }> => {
	const running = await runningRedisIn(dir);
	if (running) return { redis: running, started: false };
	// Starting takes well under a second; a minute-old lock belongs to a process that hung.
	const lock = await acquireFileLock(path.join(dir, 'redis.lock'), { what: 'the embedded Redis lock', waitMs: 60_000, staleMs: 60_000 });
	try {
		const startedMeanwhile = await runningRedisIn(dir);
		if (startedMeanwhile) return { redis: startedMeanwhile, started: false };
		const redis = await startRedisServer({ dir, persistent: true });
		writeFileAtomically(path.join(dir, 'redis.url'), redis.url);
		return { redis, started: true };
	} finally {
		lock.release();
	}
};
