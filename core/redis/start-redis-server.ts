import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findFreePort } from '../net/find-free-port.js';
import { isProcessAlive } from '../processes/is-process-alive.js';
import { waitForRedisPing } from './wait-for-redis-ping.js';

export type RunningRedis = { url: string; port: number; pid: number; stop: () => Promise<void> };

export const redisServerMissingMessage =
	'redis-server is not installed. Run `npm run setup` (Debian, as root), or `sudo apt-get install -y redis-server`, or set REDIS_URL to a Redis you run.';

/**
 * Starts a redis-server daemon on a free loopback port, its data in `dir`.
 * `persistent` turns on the append-only file, so queued jobs survive a Redis restart.
 */
export const startRedisServer = async ({ dir, persistent, port }: { dir: string; persistent: boolean; port?: number }): Promise<RunningRedis> => {
	if (spawnSync('redis-server', ['--version']).error) throw new Error(redisServerMissingMessage);
	fs.mkdirSync(dir, { recursive: true });
	const chosenPort = port ?? (await findFreePort());
	const pidFile = path.join(dir, 'redis.pid');
	const args = ['--port', String(chosenPort), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'yes', '--pidfile', pidFile];
	args.push('--save', '', '--appendonly', persistent ? 'yes' : 'no', '--logfile', path.join(dir, 'redis.log'));
	const child = spawn('redis-server', args, { stdio: 'ignore' });
	await new Promise<void>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`redis-server exited with ${code}; see ${dir}/redis.log`))));
	});
	const url = `redis://127.0.0.1:${chosenPort}`;
	if (!(await waitForRedisPing(url, 5000))) throw new Error(`redis-server did not answer on ${url}; see ${dir}/redis.log`);
	const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
	return {
		url,
		port: chosenPort,
		pid,
		// Resolves once the server is gone: a caller that goes on while it still shuts down (writing its append-only
		// file on a busy disk) would talk to a Redis that no longer answers.
		stop: async () => {
			try {
				process.kill(pid, 'SIGTERM');
			} catch {
				return;
			}
			for (let waited = 0; isProcessAlive(pid); waited += 20) {
				if (waited === 10_000) process.kill(pid, 'SIGKILL');
				if (waited > 12_000) throw new Error(`redis-server (pid ${pid}, ${dir}) did not stop within 12 s`);
				await new Promise((r) => setTimeout(r, 20));
			}
		},
	};
};
