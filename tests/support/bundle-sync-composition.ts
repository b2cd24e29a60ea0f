import fs from 'node:fs';
import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { allowJsExtensionImports } from '../../compositions/allow-js-extension-imports.js';
import { projectRoot } from '../../core/db/project-root.js';
import { writeClickWav } from './sync-click.js';
import { makeTempDir } from './temp-dir.js';

/** The serve URL of tests/fixtures/sync-composition (clicks at known frames over known colours), bundled once per test file. */
export const bundleSyncComposition = async (): Promise<string> => {
	const publicDir = makeTempDir('sync-public');
	writeClickWav(path.join(publicDir, 'click.wav'));
	const outDir = makeTempDir('sync-bundle');
	await bundle({
		entryPoint: path.join(projectRoot, 'tests/fixtures/sync-composition/index.ts'),
		outDir,
		publicDir,
		rspack: true,
		enableCaching: false,
		rspackOverride: allowJsExtensionImports,
	});
	if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new Error(`bundling the sync composition wrote no index.html to ${outDir}`);
	return outDir;
};
