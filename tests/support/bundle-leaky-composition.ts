import fs from 'node:fs';
import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { allowJsExtensionImports } from '../../compositions/allow-js-extension-imports.js';
import { projectRoot } from '../../core/db/project-root.js';
import { makeTempDir } from './temp-dir.js';

/** The serve URL of tests/fixtures/leaky-composition, bundled once per test file. */
export const bundleLeakyComposition = async (): Promise<string> => {
	const outDir = makeTempDir('leaky-bundle');
	await bundle({
		entryPoint: path.join(projectRoot, 'tests/fixtures/leaky-composition/index.ts'),
		outDir,
		rspack: true,
		enableCaching: false,
		rspackOverride: allowJsExtensionImports,
	});
	if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new Error(`bundling the leaky composition wrote no index.html to ${outDir}`);
	return outDir;
};
