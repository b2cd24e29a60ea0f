import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnWorkerProcess, type WorkerProcess } from '../support/spawn-worker-process.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { sharedBundleCacheDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

let stack: TestStack;
const workers: WorkerProcess[] = [];
beforeAll(async () => {
	stack = await startTestStack({ worker: false });
	const env = { REELFORGE_HOME: stack.home, REDIS_URL: stack.redis.url, BUNDLE_CACHE_DIR: sharedBundleCacheDir, RENDER_CONCURRENCY: '1' };
	workers.push(await spawnWorkerProcess(env), await spawnWorkerProcess(env));
});
afterAll(async () => {
	for (const worker of workers) worker.child.kill('SIGTERM');
	await Promise.all(workers.map((worker) => worker.exited));
	await stack?.stop();
});

const renderedBy = (worker: WorkerProcess) =>
	worker
		.output()
		.split('\n')
		.filter((line) => line.includes('"render done"'))
		.map((line) => (JSON.parse(line) as { renderId: string }).renderId);

describe('two workers on one queue', () => {
	it('render every job exactly once between them', async () => {
		const batch = await stack.client.batches.create.mutate({
			template: 'quote-card',
			baseProps: { durationInSeconds: 1, interrupts: { mode: 'off' } },
			rows: Array.from({ length: 8 }, (_, i) => ({ quote: `Quote number ${i + 1}` })),
			output: { scale: 0.2 },
		});
		const renders = await waitFor(
			'the batch to finish',
			async () => {
				const rows = await stack.db.render.findMany({ where: { batchId: batch.id }, select: { id: true, status: true, attempts: true } });
				return rows.every((row) => row.status === 'done') ? rows : undefined;
			},
			180_000,
			500,
		);
		const [first, second] = workers.map(renderedBy);
		const all = [...(first ?? []), ...(second ?? [])];
		expect(all.sort()).toEqual(renders.map((render) => render.id).sort());
		expect(new Set(all).size).toBe(8);
		// Both took work: the queue really was shared.
		expect(first?.length).toBeGreaterThan(0);
		expect(second?.length).toBeGreaterThan(0);
		expect(renders.every((render) => render.attempts === 1)).toBe(true);
		expect(fs.readdirSync(path.join(stack.config.storageDir, 'renders'))).toHaveLength(8);
	});
});
