import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { sampleProps } from '../compositions/templates.js';
import { loadConfig } from '../core/config/load-config.js';
import { openMigratedDatabase } from '../core/db/open-migrated-database.js';
import { createLogger } from '../core/log/create-logger.js';
import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import { createLocalStorage } from '../core/storage/local/create-local-storage.js';
import { createRenderContext } from '../workers/render/create-render-context.js';
import { runRender } from '../workers/render/run-render.js';
import type { Benchmark } from './benchmark.js';

const SECONDS = 4;
const SCALE = 0.5;
const ROUNDS = 3;
const clips = [0, 1, 2, 3].map((index) => ({ src: `storage:samples/${index % 2 === 0 ? 'sample-clip.mp4' : 'sample-clip-b.mp4'}`, trimStartSeconds: index }));
const base: Record<string, unknown> = { ...sampleProps['clip-story'], clips, durationInSeconds: SECONDS };
const silent = { ...(base.interrupts as Record<string, unknown>), sounds: { enabled: false } };

/** The same clip-story with hard cuts and silent interrupts (the baseline), then with each thing this measures added. */
const variants: Record<string, Record<string, unknown>> = {
	baseline: { ...base, interrupts: silent },
	sounds: base,
	...Object.fromEntries(
		['fade', 'slide', 'wipe', 'flip', 'clock-wipe', 'whip-blur'].map((kind) => [
			`transition-${kind}`,
			{ ...base, interrupts: silent, transitions: { default: { kind, durationMs: 500 } } },
		]),
	),
	'whip-blur-and-sounds': { ...base, transitions: { default: { kind: 'whip-blur', durationMs: 500 } } },
};

/**
 * What transitions and interrupt sound effects cost in render time: clip-story (4 clips, 3 cuts, interrupts on) at
 * 540x960, every variant rendered in the same run, rounds interleaved, as a ratio of the baseline's time.
 */
export const transitionsAndEffectsBenchmark: Benchmark = {
	name: 'transitions-and-effects',
	run: async ({ workDir }) => {
		const config = loadConfig({ REELFORGE_HOME: workDir, LOG_LEVEL: 'error', BUNDLE_CACHE_DIR: path.join(workDir, 'bundles') });
		const { db } = await openMigratedDatabase(config.databaseUrl);
		await ensureSampleAssets(createLocalStorage(config.storageDir));
		const render = await createRenderContext(config, db, createLogger('error', 'bench'));
		const seconds: Record<string, number[]> = {};
		try {
			await render.ctx.getServeUrl();
			await render.ctx.browser.get();
			for (let round = 0; round < ROUNDS; round++) {
				for (const [name, props] of Object.entries(variants)) {
					const id = randomUUID();
					await db.render.create({ data: { workspaceId: 'default', id, template: 'clip-story', props: props as object } });
					const started = Date.now();
					await runRender(
						{ renderId: id, template: 'clip-story', props, output: { scale: SCALE, chunks: 1 }, narration: null, backend: 'local' },
						{ signal: new AbortController().signal, attempt: 1, isFinalAttempt: true, onProgress: () => {} },
						render.ctx,
					);
					const all = seconds[name] ?? [];
					all.push((Date.now() - started) / 1000);
					seconds[name] = all;
					console.log(round, name, all.at(-1));
				}
			}
		} finally {
			await render.close();
			await db.$disconnect();
		}
		// The faster round of each: the slower one is the machine's other work, not the variant's.
		const best = Object.fromEntries(Object.entries(seconds).map(([name, all]) => [name, Math.min(...all)]));
		const baseline = best.baseline ?? Number.NaN;
		return {
			size: `${1080 * SCALE}x${1920 * SCALE}`,
			secondsPerVideo: SECONDS,
			cuts: clips.length - 1,
			transitionMs: 500,
			rounds: ROUNDS,
			renderSeconds: seconds,
			ratioToBaseline: Object.fromEntries(Object.entries(best).map(([name, value]) => [name, Math.round((value / baseline) * 1000) / 1000])),
		};
	},
};
