import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { sampleProps } from '../compositions/templates.js';
import { RENDER_QUEUE_NAME } from '../core/contracts/render-backends.js';
import { jobIdOf, renderChunkResultSchema } from '../core/contracts/render-job.js';
import { probeMedia } from '../core/media/probe-media.js';
import { spawnWorkerProcess, type WorkerProcess } from '../tests/support/spawn-worker-process.js';
import type { Benchmark } from './benchmark.js';
import { type BenchStack, startBenchStack, waitForRenders } from './start-bench-stack.js';

const SECONDS = 12;
const CHUNKS = 2;
const TEMPLATE = 'clip-story';
const round2 = (value: number) => Math.round(value * 100) / 100;

const stopWorkers = async (workers: WorkerProcess[]) => {
	for (const worker of workers) worker.child.kill('SIGTERM');
	await Promise.all(workers.map((worker) => worker.exited));
};

/** Renders the video once with the given chunks and worker processes; wall time from submit to done. */
const timeRender = async (stack: BenchStack, chunks: number, workerCount: number, seconds = SECONDS) => {
	const workers = await Promise.all(Array.from({ length: workerCount }, () => spawnWorkerProcess(stack.env)));
	try {
		const started = Date.now();
		const created = await stack.client.renders.create.mutate({
			template: TEMPLATE,
			props: { ...sampleProps[TEMPLATE], format: '9:16', durationInSeconds: seconds },
			output: { scale: 1, chunks },
		});
		const [render] = await waitForRenders(stack.client, [created.id]);
		const wallSeconds = (Date.now() - started) / 1000;
		const probe = await probeMedia(path.join(stack.config.storageDir, `renders/${created.id}.mp4`), { countFrames: true });
		return { id: created.id, seconds: wallSeconds, frames: probe.video?.frames ?? 0, durationSeconds: probe.durationSeconds, timings: render?.stageTimings };
	} finally {
		await stopWorkers(workers);
	}
};

/**
 * One 12 s 1080x1920 video rendered whole by one worker process, in 2 chunks by one worker process (the overhead of
 * chunking), and in 2 chunks by two worker processes (the speed-up). Every output is checked for the same frame count
 * and duration. From the chunks' own render times, the projected speed-up on N machines is serial + parallel / N.
 */
export const chunkedScalingBenchmark: Benchmark = {
	name: 'chunked-scaling',
	run: async ({ workDir }) => {
		const stack = await startBenchStack(workDir);
		const connection = new Redis(stack.env.REDIS_URL ?? '', { maxRetriesPerRequest: null });
		const queue = new Queue(RENDER_QUEUE_NAME, { connection });
		try {
			// Warm the shared bundle cache so no run pays for the build.
			await timeRender(stack, 1, 1, 1);
			const whole = await timeRender(stack, 1, 1);
			const chunkedOne = await timeRender(stack, CHUNKS, 1);
			const chunkedTwo = await timeRender(stack, CHUNKS, 2);
			const parent = await queue.getJob(jobIdOf(chunkedOne.id));
			const chunkResults = Object.values((await parent?.getChildrenValues()) ?? {}).map((value) => renderChunkResultSchema.parse(value));
			if (chunkResults.length !== CHUNKS) throw new Error(`expected ${CHUNKS} chunk results, found ${chunkResults.length}`);
			const parallelSeconds = chunkResults.reduce((sum, chunk) => sum + chunk.renderMs, 0) / 1000;
			const serialSeconds = Math.max(0, chunkedOne.seconds - parallelSeconds);
			const projected = Object.fromEntries([2, 4, 8].map((machines) => [`${machines}`, round2(whole.seconds / (serialSeconds + parallelSeconds / machines))]));
			const runs = { whole, chunkedOneWorker: chunkedOne, chunkedTwoWorkers: chunkedTwo };
			const sameOutput = [chunkedOne, chunkedTwo].every(
				(run) => run.frames === whole.frames && Math.abs(run.durationSeconds - whole.durationSeconds) <= (2 * 1024) / 48_000 + 0.001,
			);
			return {
				size: '1080x1920',
				secondsPerVideo: SECONDS,
				chunks: CHUNKS,
				frames: whole.frames,
				sameFramesAndDuration: sameOutput,
				wholeSeconds: round2(whole.seconds),
				chunkedOneWorkerSeconds: round2(chunkedOne.seconds),
				chunkedTwoWorkersSeconds: round2(chunkedTwo.seconds),
				chunkingOverhead: round2(chunkedOne.seconds / whole.seconds - 1),
				speedupTwoWorkers: round2(whole.seconds / chunkedTwo.seconds),
				serialSeconds: round2(serialSeconds),
				parallelSeconds: round2(parallelSeconds),
				projectedSpeedupOnMachines: projected,
				runs: Object.fromEntries(Object.entries(runs).map(([name, run]) => [name, { ...run, seconds: round2(run.seconds) }])),
			};
		} finally {
			await queue.close();
			connection.disconnect();
			await stack.stop();
		}
	},
};
