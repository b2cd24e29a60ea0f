import fs from 'node:fs';
import path from 'node:path';
import { assertStorageKey } from '../../compositions/shared/storage-key.js';

export type LocalStorage = {
	root: string;
	/** Absolute path of a stored object; throws on keys that would escape the root. */
	pathOf: (key: string) => string;
	/** Moves a finished file into place atomically: readers see the whole file or none. */
	putFile: (key: string, sourcePath: string) => Promise<{ sizeBytes: number }>;
	stat: (key: string) => Promise<fs.Stats | null>;
	remove: (key: string) => Promise<void>;
};

export const createLocalStorage = (root: string): LocalStorage => {
	const resolvedRoot = path.resolve(root);
	fs.mkdirSync(resolvedRoot, { recursive: true });
	const pathOf = (key: string) => path.join(resolvedRoot, assertStorageKey(key));
	return {
		root: resolvedRoot,
		pathOf,
		putFile: async (key, sourcePath) => {
			const target = pathOf(key);
			await fs.promises.mkdir(path.dirname(target), { recursive: true });
			// Stage next to the target so the final rename never crosses a filesystem.
			const staged = `${target}.partial-${process.pid}`;
			try {
				await fs.promises.copyFile(sourcePath, staged);
				await fs.promises.rename(staged, target);
			} catch (error) {
				// A full or read-only disk must not leave half a file next to the finished ones.
				await fs.promises.rm(staged, { force: true }).catch(() => {});
				throw error;
			}
			await fs.promises.rm(sourcePath, { force: true });
			return { sizeBytes: (await fs.promises.stat(target)).size };
		},
		stat: async (key) => fs.promises.stat(pathOf(key)).catch(() => null),
		remove: async (key) => fs.promises.rm(pathOf(key), { force: true }),
	};
};
