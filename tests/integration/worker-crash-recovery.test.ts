import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../core/media/probe-media.js';
import { spawnWorkerProcess, type WorkerProcess } from '../support/spawn-worker-process.js';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';
import { sharedBundleCacheDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

let stack: TestStack;
const workers: WorkerProcess[] = [];

const processesMentioning = (text: string) =>
	fs.readdirSync('/proc').filter((entry) => {
		if (!/^\d+$/.test(entry)) return false;
		try {
			return fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text);
		} catch {
			return false;
		}
	});

beforeAll(async () => {
	stack = await startTestStack({ worker: false });
});
afterAll(async () => {
	for (const worker of workers) worker.child.kill('SIGKILL');
	await Promise.all(workers.map((worker) => worker.exited));
	await stack?.stop();
});

describe('a worker killed mid-render', () => {
	it('leaves the job to the next worker, which finishes it with one output and cleans up after the dead one', async () => {
		const env = {
			REELFORGE_HOME: stack.home,
			REDIS_URL: stack.redis.url,
			BUNDLE_CACHE_DIR: sharedBundleCacheDir,
			// A short lock so the dead worker's job is noticed in seconds, not the production default of 30.
			JOB_LOCK_MS: '2000',
		};
		const first = await spawnWorkerProcess(env);
		workers.push(first);
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(stack.sampleClipSrc, 8),
			output: { scale: 0.25 },
		});
		await waitFor('the first worker to be rendering', async () => {
			const render = await stack.client.renders.get.query({ id: created.id });
			return render.status === 'rendering' && render.progress > 0.15;
		});
		const deadScratch = path.join(stack.config.tempDir, `worker-${first.pid}`);
		expect(fs.existsSync(deadScratch)).toBe(true);
		expect(processesMentioning(deadScratch).length).toBeGreaterThan(0);

		first.child.kill('SIGKILL');
		await first.exited;
		const second = await spawnWorkerProcess(env);
		workers.push(second);

		const finished = await waitFor(
			'the second worker to finish the render',
			async () => {
				const render = await stack.client.renders.get.query({ id: created.id });
				return render.status === 'done' || render.status === 'failed' ? render : undefined;
			},
			120_000,
		);
		expect(finished.error).toBeNull();
		expect(finished).toMatchObject({ status: 'done', attempts: 2, durationInFrames: 240 });

		// One video (beside it only its own caption sidecars), not one per attempt.
		const stored = fs.readdirSync(path.join(stack.config.storageDir, 'renders'));
		const outputs = stored.filter((name) => name.endsWith('.mp4'));
		expect(outputs).toEqual([`${created.id}.mp4`]);
		expect(stored.filter((name) => !name.startsWith(`${created.id}.`))).toEqual([]);
		const probe = await probeMedia(path.join(stack.config.storageDir, 'renders', outputs[0] ?? ''));
		expect(probe.durationSeconds).toBeGreaterThan(7.9);
		expect(fs.existsSync(deadScratch)).toBe(false);
		expect(processesMentioning(deadScratch)).toEqual([]);
		// The only scratch directory left is the live worker's.
		expect(fs.readdirSync(stack.config.tempDir)).toEqual([`worker-${second.pid}`]);

		second.child.kill('SIGTERM');
		expect(await second.exited).toBe(0);
		expect(fs.existsSync(path.join(stack.config.tempDir, `worker-${second.pid}`))).toBe(false);
	});
});
