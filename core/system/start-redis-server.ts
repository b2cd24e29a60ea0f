import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { findFreePort } from './find-free-port.js';

export type RunningRedis = { url: string; port: number; pid: number; stop: () => Promise<void> };

const waitForPing = async (url: string, timeoutMs: number): Promise<boolean> => {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
		client.on('error', () => {});
		const ok = await client
			.connect()
			.then(() => client.ping())
			.then((reply) => reply === 'PONG')
			.catch(() => false);
		client.disconnect();
		if (ok) return true;
		await new Promise((r) => setTimeout(r, 50));
	}
	return false;
};

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
	if (!(await waitForPing(url, 5000))) throw new Error(`redis-server did not answer on ${url}; see ${dir}/redis.log`);
	const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
	return {
		url,
		port: chosenPort,
		pid,
		stop: async () => {
			try {
				process.kill(pid, 'SIGTERM');
			} catch {
				return;
			}
			for (let i = 0; i < 100; i++) {
				try {
					process.kill(pid, 0);
				} catch {
					return;
				}
				await new Promise((r) => setTimeout(r, 20));
			}
		},
	};
};

/** Reuses the embedded Redis another Reelforge process started in `dir`, or starts it. */
export const ensureEmbeddedRedis = async (dir: string): Promise<{ redis: RunningRedis; started: boolean }> => {
	const urlFile = path.join(dir, 'redis.url');
	if (fs.existsSync(urlFile)) {
		const url = fs.readFileSync(urlFile, 'utf8').trim();
		if (await waitForPing(url, 300)) {
			const port = Number(new URL(url).port);
			const pid = Number(fs.readFileSync(path.join(dir, 'redis.pid'), 'utf8').trim());
			return {
				redis: {
					url,
					port,
					pid,
					stop: async () => {
						process.kill(pid, 'SIGTERM');
					},
				},
				started: false,
			};
		}
	}
	const redis = await startRedisServer({ dir, persistent: true });
	fs.writeFileSync(urlFile, redis.url);
	return { redis, started: true };
};
