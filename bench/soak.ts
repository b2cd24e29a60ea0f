// Usage: npm run soak [-- <minutes> [<seconds between renders>]]   (default 20 minutes, one render every 4 s)
// A worker process renders small videos at a steady rate; its memory (with its Chromium) is sampled over time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApiClient } from '../client/create-api-client.js';
import { loadConfig } from '../core/config/load-config.js';
import { openMigratedDatabase } from '../core/db/open-migrated-database.js';
import { projectRoot } from '../core/db/project-root.js';
import { createLogger } from '../core/log/create-logger.js';
import { makeSampleClip } from '../core/media/make-sample-clip.js';
import { startRedisServer } from '../core/redis/start-redis-server.js';
import { startApiServer } from '../server/start-api-server.js';
import { spawnWorkerProcess } from '../tests/support/spawn-worker-process.js';
import { processTreeRss } from './sample-process-tree-rss.js';

const minutes = Number(process.argv[2] ?? 20);
const intervalSeconds = Number(process.argv[3] ?? 4);
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-soak-'));
const redis = await startRedisServer({ dir: path.join(home, 'redis'), persistent: false });
const config = loadConfig({ REELFORGE_HOME: home, REDIS_URL: redis.url, PORT: '0', LOG_LEVEL: 'error' });
const { db } = await openMigratedDatabase(config.databaseUrl);
await makeSampleClip(path.join(config.storageDir, 'samples', 'clip.mp4'), { seconds: 3, width: 180, height: 320, fps: 30 });
const api = await startApiServer({ config, db, redisUrl: redis.url, logger: createLogger('error', 'soak') });
const client = createApiClient(api.url);
const worker = await spawnWorkerProcess({ REELFORGE_HOME: home, REDIS_URL: redis.url });
const chromiumCount = () =>
	fs
		.readdirSync('/proc')
		.filter(
			(entry) =>
				/^\d+$/.test(entry) &&
				(fs.existsSync(`/proc/${entry}/cmdline`) ? fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(`worker-${worker.pid}`) : false),
		).length;

const samples: { atSeconds: number; rssMiB: number; chromiumProcesses: number }[] = [];
const started = Date.now();
const deadline = started + minutes * 60_000;
let submitted = 0;
const sampler = setInterval(() => {
	samples.push({
		atSeconds: Math.round((Date.now() - started) / 1000),
		rssMiB: Math.round(processTreeRss(worker.pid) / 2 ** 20),
		chromiumProcesses: chromiumCount(),
	});
}, 5000);
while (Date.now() < deadline) {
	await client.renders.create.mutate({
		template: 'quote-card',
		props: { quote: `Soak render ${submitted + 1}`, durationInSeconds: 1, interrupts: { mode: 'auto' } },
		output: { scale: 0.2 },
	});
	submitted++;
	await new Promise((resolve) => setTimeout(resolve, intervalSeconds * 1000));
}
// Let the queue drain.
while ((await db.render.count({ where: { status: { in: ['queued', 'rendering', 'encoding', 'uploading'] } } })) > 0)
	await new Promise((r) => setTimeout(r, 1000));
clearInterval(sampler);

// Least-squares slope of memory over the second half (the first half includes warm-up: bundle, browser, caches).
const half = samples.slice(Math.floor(samples.length / 2));
const meanX = half.reduce((s, p) => s + p.atSeconds, 0) / half.length;
const meanY = half.reduce((s, p) => s + p.rssMiB, 0) / half.length;
const slope =
	half.reduce((s, p) => s + (p.atSeconds - meanX) * (p.rssMiB - meanY), 0) /
	Math.max(
		1,
		half.reduce((s, p) => s + (p.atSeconds - meanX) ** 2, 0),
	);
const done = await db.render.count({ where: { status: 'done' } });
const failed = await db.render.count({ where: { status: 'failed' } });
const result = {
	benchmark: 'soak',
	at: new Date().toISOString(),
	minutes,
	intervalSeconds,
	submitted,
	done,
	failed,
	rssMiB: {
		first: samples[0]?.rssMiB,
		min: Math.min(...samples.map((s) => s.rssMiB)),
		max: Math.max(...samples.map((s) => s.rssMiB)),
		last: samples.at(-1)?.rssMiB,
	},
	secondHalfSlopeMiBPerMinute: Math.round(slope * 60 * 100) / 100,
	chromiumProcesses: { max: Math.max(...samples.map((s) => s.chromiumProcesses)), last: samples.at(-1)?.chromiumProcesses },
	samples,
};
fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(projectRoot, 'bench', 'results', 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
const { samples: _omit, ...summary } = result;
console.log(summary);
worker.child.kill('SIGTERM');
await worker.exited;
await api.close();
await db.$disconnect();
await redis.stop();
process.exit(0);
