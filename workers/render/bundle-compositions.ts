import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { allowJsExtensionImports } from '../../compositions/allow-js-extension-imports.js';
import { projectRoot } from '../../core/db/project-root.js';

const compositionsDir = path.join(projectRoot, 'compositions');

const listFiles = (dir: string): string[] =>
	fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
		.sort();

/** Hash of everything that goes into the bundle: the compositions' sources and the locked dependency versions. */
const compositionsHash = (): string => {
	const hash = createHash('sha256');
	for (const file of [...listFiles(compositionsDir), path.join(projectRoot, 'package-lock.json')]) {
		if (!fs.existsSync(file)) continue;
		hash.update(path.relative(projectRoot, file));
		hash.update(fs.readFileSync(file));
	}
	return hash.digest('hex').slice(0, 16);
};

/**
 * Bundles the compositions once per compositions build: a bundle whose hash matches is reused across jobs,
 * workers and restarts. Bundles are written to a temp dir and renamed, so concurrent workers never see half a bundle.
 */
export const bundleCompositions = async (cacheDir: string): Promise<{ serveUrl: string; cached: boolean }> => {
	const target = path.join(cacheDir, compositionsHash());
	if (fs.existsSync(path.join(target, 'index.html'))) return { serveUrl: target, cached: true };
	fs.mkdirSync(cacheDir, { recursive: true });
	const staging = `${target}.building-${process.pid}`;
	await bundle({
		entryPoint: path.join(compositionsDir, 'index.ts'),
		outDir: staging,
		rspack: true,
		enableCaching: false,
		rspackOverride: allowJsExtensionImports,
	});
	try {
		fs.renameSync(staging, target);
	} catch {
		// Another worker finished the same bundle first; theirs is identical.
		fs.rmSync(staging, { recursive: true, force: true });
	}
	return { serveUrl: target, cached: false };
};
