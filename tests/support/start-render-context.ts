import path from 'node:path';
import { type Config, loadConfig } from '../../core/config/load-config.js';
import type { Database } from '../../core/db/create-database.js';
import { openMigratedDatabase } from '../../core/db/open-migrated-database.js';
import { createLogger } from '../../core/log/create-logger.js';
import { ensureSampleAssets } from '../../core/media/ensure-sample-assets.js';
import { createRenderContext } from '../../workers/render/create-render-context.js';
import type { RenderContext } from '../../workers/render/render-context.js';
import { makeTempDir, sharedBundleCacheDir } from './temp-dir.js';

/** A render pipeline in this process (browser, bundle, media server) over a fresh home with the sample media. */
export const startRenderContext = async (): Promise<{ config: Config; db: Database; ctx: RenderContext; close: () => Promise<void> }> => {
	const home = makeTempDir('render');
	const config = loadConfig({ REELFORGE_HOME: home, BUNDLE_CACHE_DIR: sharedBundleCacheDir, LOG_LEVEL: 'error' });
	const { db } = await openMigratedDatabase(`file:${path.join(home, 'db.sqlite')}`);
	const render = await createRenderContext(config, db, createLogger('error', 'test'));
	await ensureSampleAssets(render.ctx.rootStorage);
	return {
		config,
		db,
		ctx: render.ctx,
		close: async () => {
			await render.close();
			await db.$disconnect();
		},
	};
};
