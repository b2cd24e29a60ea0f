import { randomUUID } from 'node:crypto';
import { sampleProps } from '../compositions/templates.js';
import { runRender } from '../workers/render/run-render.js';
import { openBenchRenderContext } from './bench-render-context.js';
import type { Benchmark } from './benchmark.js';
import { samplePeakRss } from './sample-process-tree-rss.js';

const SECONDS = 3;
const TEMPLATE = 'clip-story';
const toMiB = (bytes: number) => Math.round(bytes / 2 ** 20);

/**
 * Peak resident memory of the whole process tree (worker, Chromium, compositor, ffmpeg) while 1, then 2, renders of a
 * 1080x1920 clip video run at once in one worker, as WORKER_CONCURRENCY=2 would run them. Target: under 2 GB per render.
 */
export const concurrentRssBenchmark: Benchmark = {
	name: 'concurrent-rss',
	run: async ({ workDir }) => {
		const bench = await openBenchRenderContext(workDir);
		const renderOnce = async () => {
			const id = randomUUID();
			const props = { ...sampleProps[TEMPLATE], format: '9:16', durationInSeconds: SECONDS };
			await bench.db.render.create({ data: { workspaceId: 'default', id, template: TEMPLATE, props } });
			await runRender(
				{ renderId: id, template: TEMPLATE, props, output: { scale: 1, chunks: 1 }, narration: null, backend: 'local' },
				{ signal: new AbortController().signal, attempt: 1, isFinalAttempt: true, onProgress: () => {} },
				bench.ctx,
			);
		};
		try {
			const idle = samplePeakRss();
			await new Promise((resolve) => setTimeout(resolve, 500));
			const idleMiB = toMiB(idle.stop());
			const results: Record<string, { peakMiB: number; perRenderMiB: number }> = {};
			for (const concurrent of [1, 2]) {
				const memory = samplePeakRss();
				await Promise.all(Array.from({ length: concurrent }, renderOnce));
				const peak = toMiB(memory.stop());
				results[concurrent] = { peakMiB: peak, perRenderMiB: Math.round(peak / concurrent) };
				console.log(`${concurrent} at once`, results[concurrent]);
			}
			return {
				size: '1080x1920',
				template: TEMPLATE,
				secondsPerVideo: SECONDS,
				idleMiB,
				oneAtOncePeakMiB: results[1]?.peakMiB,
				twoAtOncePeakMiB: results[2]?.peakMiB,
				perRenderMiBAtTwo: results[2]?.perRenderMiB,
				targetPerRenderMiB: 2048,
				concurrency: results,
			};
		} finally {
			await bench.close();
		}
	},
};
