// Usage: node --import tsx scripts/render-template-stills.ts   Writes docs/templates/<template>.png for the README.
import fs from 'node:fs';
import path from 'node:path';
import { sampleProps, templates } from '../compositions/templates.js';
import { loadConfig } from '../core/config/load-config.js';
import { openMigratedDatabase } from '../core/db/open-migrated-database.js';
import { projectRoot } from '../core/db/project-root.js';
import { createLogger } from '../core/log/create-logger.js';
import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import { createLocalStorage } from '../core/storage/local/create-local-storage.js';
import { createRenderContext } from '../workers/render/create-render-context.js';
import { renderTemplateStill } from '../workers/render/render-template-still.js';

const config = loadConfig();
const { db } = await openMigratedDatabase(config.databaseUrl);
await ensureSampleAssets(createLocalStorage(config.storageDir));
const render = await createRenderContext(config, db, createLogger('warn', 'stills'));
const outDir = path.join(projectRoot, 'docs', 'templates');
fs.mkdirSync(outDir, { recursive: true });
try {
	for (const template of templates) {
		const outputPath = path.join(outDir, `${template.id}.png`);
		// 1.9 s in: past every template's entrance, the hook card or title still up, a caption lit.
		await renderTemplateStill({ template: template.id, props: sampleProps[template.id], frame: 57, scale: 0.3, outputPath }, render.ctx);
		console.log(path.relative(projectRoot, outputPath));
	}
} finally {
	await render.close();
	await db.$disconnect();
}
