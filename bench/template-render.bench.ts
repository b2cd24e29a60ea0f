import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { sampleProps, templateIds } from '../compositions/templates.js';
import { loadConfig } from '../core/config/load-config.js';
import { openMigratedDatabase } from '../core/db/open-migrated-database.js';
import { createLogger } from '../core/log/create-logger.js';
import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import { createLocalStorage } from '../core/storage/local/create-local-storage.js';
import { createRenderContext } from '../workers/render/create-render-context.js';
import { runRender } from '../workers/render/run-render.js';
import type { Benchmark } from './benchmark.js';
import { samplePeakRss } from './sample-process-tree-rss.js';

const SECONDS = 2;

/** Render speed and peak memory (this process and its browser and encoder) of each template at 1080x1920. */
export const templateRenderBenchmark: Benchmark = {
	name: 'template-render',
	run: async ({ workDir }) => {
		const config = loadConfig({ REELFORGE_HOME: workDir, LOG_LEVEL: 'error', BUNDLE_CACHE_DIR: path.join(workDir, 'bundles') });
		const { db } = await openMigratedDatabase(config.databaseUrl);
		await ensureSampleAssets(createLocalStorage(config.storageDir));
		const render = await createRenderContext(config, db, createLogger('error', 'bench'));
		const results: Record<string, { frames: number; renderSeconds: number; fps: number; peakRssMiB: number }> = {};
		try {
			// Warm-up: bundle and browser start are not what this measures.
			await render.ctx.getServeUrl();
			await render.ctx.browser.get();
			for (const template of templateIds) {
				const id = randomUUID();
				const props = { ...sampleProps[template], format: '9:16', durationInSeconds: SECONDS };
				await db.render.create({ data: { workspaceId: 'default', id, template, props } });
				const memory = samplePeakRss();
				const started = Date.now();
				const result = await runRender(
					{ renderId: id, template, props, output: { scale: 1, chunks: 1 }, narration: null, backend: 'local' },
					{ signal: new AbortController().signal, attempt: 1, isFinalAttempt: true, onProgress: () => {} },
					render.ctx,
				);
				const seconds = (Date.now() - started) / 1000;
				results[template] = {
					frames: result.durationInFrames,
					renderSeconds: Math.round(seconds * 10) / 10,
					fps: Math.round((result.durationInFrames / seconds) * 100) / 100,
					peakRssMiB: Math.round(memory.stop() / 2 ** 20),
				};
				console.log(template, results[template]);
			}
		} finally {
			await render.close();
			await db.$disconnect();
		}
		return { size: '1080x1920', secondsPerVideo: SECONDS, concurrency: config.renderConcurrency ?? 'remotion default', templates: results };
	},
};
