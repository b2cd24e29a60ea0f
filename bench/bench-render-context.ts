import path from 'node:path';
import { loadConfig } from '../core/config/load-config.js';
import { openMigratedDatabase } from '../core/db/open-migrated-database.js';
import { createLogger } from '../core/log/create-logger.js';
import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import { createRenderContext } from '../workers/render/create-render-context.js';

/** A database, the sample media and a warm render context (bundle built, browser open) in `workDir`; `close` releases them. */
export const openBenchRenderContext = async (workDir: string, env: Record<string, string> = {}) => {
	// The caller's settings (X264_PRESET, RENDER_CONCURRENCY, …) apply; where things are kept is the benchmark's.
	const config = loadConfig({ ...process.env, REELFORGE_HOME: workDir, LOG_LEVEL: 'error', BUNDLE_CACHE_DIR: path.join(workDir, 'bundles'), ...env });
	const { db } = await openMigratedDatabase(config.databaseUrl);
	const render = await createRenderContext(config, db, createLogger('error', 'bench'));
	// Into whichever storage the settings name (a directory, or a bucket).
	await ensureSampleAssets(render.ctx.rootStorage);
	// Warm-up: bundling and the browser's start are not what the benchmarks measure.
	const { serveUrl } = await render.ctx.getServeUrl();
	await render.ctx.browser.get();
	return {
		config,
		db,
		ctx: render.ctx,
		serveUrl,
		close: async () => {
			await render.close();
			await db.$disconnect();
		},
	};
};
