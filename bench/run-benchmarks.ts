// Usage: npm run bench [-- <name> ...]   Runs the benchmarks one after another and writes bench/results/<name>.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../core/db/project-root.js';
import { apiLoadBenchmark } from './api-load.bench.js';
import { batchVsCliBenchmark } from './batch-vs-cli.bench.js';
import type { Benchmark } from './benchmark.js';
import { captionSyncBenchmark } from './caption-sync.bench.js';
import { captureBoundBenchmark } from './capture-bound.bench.js';
import { chunkedScalingBenchmark } from './chunked-scaling.bench.js';
import { concurrentRssBenchmark } from './concurrent-rss.bench.js';
import { realFootageBenchmark } from './real-footage.bench.js';
import { storageOverheadBenchmark } from './storage-overhead.bench.js';
import { templateRenderBenchmark } from './template-render.bench.js';
import { transcriptionAccuracyBenchmark } from './transcription-accuracy.bench.js';
import { transitionsAndEffectsBenchmark } from './transitions-and-effects.bench.js';

const benchmarks: Benchmark[] = [
	captionSyncBenchmark,
	templateRenderBenchmark,
	apiLoadBenchmark,
	captureBoundBenchmark,
	batchVsCliBenchmark,
	chunkedScalingBenchmark,
	concurrentRssBenchmark,
	transcriptionAccuracyBenchmark,
	realFootageBenchmark,
	storageOverheadBenchmark,
	transitionsAndEffectsBenchmark,
];

const wanted = process.argv.slice(2);
const selected = wanted.length > 0 ? benchmarks.filter((benchmark) => wanted.includes(benchmark.name)) : benchmarks;
if (selected.length === 0) {
	console.error(`No benchmark named ${wanted.join(', ')}; there are: ${benchmarks.map((b) => b.name).join(', ')}`);
	process.exit(2);
}
const resultsDir = path.join(projectRoot, 'bench', 'results');
fs.mkdirSync(resultsDir, { recursive: true });
for (const benchmark of selected) {
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `reelforge-bench-${benchmark.name}-`));
	const started = Date.now();
	const result = await benchmark.run({ workDir });
	const record = {
		benchmark: benchmark.name,
		at: new Date().toISOString(),
		machine: { cpus: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
		wallMs: Date.now() - started,
		...result,
	};
	fs.writeFileSync(path.join(resultsDir, `${benchmark.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
	console.log(`\n${benchmark.name} (${record.wallMs} ms)`);
	console.table(Object.fromEntries(Object.entries(result).filter(([, value]) => typeof value === 'number')));
	fs.rmSync(workDir, { recursive: true, force: true });
}
