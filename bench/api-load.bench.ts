import http from 'node:http';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { loadConfig } from '../core/config/load-config.js';
import { RENDER_QUEUE_NAME } from '../core/contracts/render-backends.js';
import { openMigratedDatabase } from '../core/db/open-migrated-database.js';
import { createLogger } from '../core/log/create-logger.js';
import { startRedisServer } from '../core/redis/start-redis-server.js';
import { startApiServer } from '../server/start-api-server.js';
import type { Benchmark } from './benchmark.js';

const RATE_PER_SECOND = 300;
const SECONDS = 10;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * renders.create under a steady 300 requests/s for 10 s, open loop (requests are sent on schedule whether or not
 * earlier ones have answered), on loopback, with no worker running so only the API, SQLite and Redis are measured.
 */
export const apiLoadBenchmark: Benchmark = {
	name: 'api-load',
	run: async ({ workDir }) => {
		const redis = await startRedisServer({ dir: path.join(workDir, 'redis'), persistent: false });
		const config = loadConfig({ REELFORGE_HOME: workDir, REDIS_URL: redis.url, PORT: '0', LOG_LEVEL: 'error' });
		const { db } = await openMigratedDatabase(config.databaseUrl);
		const api = await startApiServer({ config, db, redisUrl: redis.url, logger: createLogger('error', 'bench') });
		const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
		const body = JSON.stringify({
			template: 'captioned-clip',
			props: { background: { src: 'https://cdn.example.com/clip.mp4' }, captions: { words: [{ text: 'Hello', startMs: 0, endMs: 400 }] } },
		});
		const send = () =>
			new Promise<{ ms: number; status: number }>((resolve) => {
				const started = performance.now();
				const req = http.request(
					{
						host: '127.0.0.1',
						port: api.port,
						path: '/trpc/renders.create',
						method: 'POST',
						agent,
						headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
					},
					(res) => {
						res.resume();
						res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode ?? 0 }));
					},
				);
				req.on('error', () => resolve({ ms: performance.now() - started, status: 0 }));
				req.end(body);
			});
		// Warm up connections and the JIT.
		await Promise.all(Array.from({ length: 50 }, send));
		const results: Promise<{ ms: number; status: number }>[] = [];
		const started = performance.now();
		const total = RATE_PER_SECOND * SECONDS;
		for (let i = 0; i < total; i++) {
			const due = started + (i * 1000) / RATE_PER_SECOND;
			const wait = due - performance.now();
			if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
			results.push(send());
		}
		const done = await Promise.all(results);
		const elapsed = (performance.now() - started) / 1000;
		const latencies = done.map((r) => r.ms).sort((a, b) => a - b);
		const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
		const queue = new Queue(RENDER_QUEUE_NAME, { connection });
		const counts = await queue.getJobCounts('waiting', 'prioritized');
		const queued = (counts.waiting ?? 0) + (counts.prioritized ?? 0);
		await queue.close();
		connection.disconnect();
		agent.destroy();
		await api.close();
		await db.$disconnect();
		await redis.stop();
		return {
			targetRatePerSecond: RATE_PER_SECOND,
			requests: total,
			achievedRatePerSecond: Math.round((total / elapsed) * 10) / 10,
			ok: done.filter((r) => r.status === 200).length,
			errors: done.filter((r) => r.status !== 200).length,
			jobsQueued: queued,
			p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
			p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
			maxMs: Math.round((latencies.at(-1) ?? 0) * 10) / 10,
			targets: { p99Ms: 50, ratePerSecond: 300 },
		};
	},
};
