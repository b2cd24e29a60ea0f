import fs from 'node:fs';
import path from 'node:path';
import { assertStorageKey } from '../../../compositions/shared/storage-key.js';
import type { Storage, StoredObject } from '../storage.js';
import { assertStorageFolder } from '../storage-folder.js';

const objectOf = (key: string, stat: fs.Stats): StoredObject => ({
	key,
	sizeBytes: stat.size,
	modifiedAt: stat.mtime,
	etag: `${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}`,
});

/** Storage in a local directory (the embedded default, or a folder every machine mounts). */
export const createLocalStorage = (root: string): Storage & { root: string } => {
	const resolvedRoot = path.resolve(root);
	fs.mkdirSync(resolvedRoot, { recursive: true });
	const pathOf = (key: string) => path.join(resolvedRoot, assertStorageKey(key));
	const walk = async function* (dir: string, { staged = false } = {}): AsyncIterable<string> {
		const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
		for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) yield* walk(full, { staged });
			// Half-written files (`.partial-<pid>`) are never objects; `staged` walks only those.
			else if (entry.isFile() && entry.name.includes('.partial-') === staged) yield full;
		}
	};
	return {
		kind: 'local',
		root: resolvedRoot,
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
		stat: async (key) => {
			const stat = await fs.promises.stat(pathOf(key)).catch(() => null);
			return stat?.isFile() ? objectOf(key, stat) : null;
		},
		openLocal: async (key) => {
			const file = pathOf(key);
			if (!(await fs.promises.stat(file).catch(() => null))?.isFile())
				throw Object.assign(new Error(`No object ${JSON.stringify(key)} in storage`), { code: 'ENOENT' });
			return { path: file, release: () => {} };
		},
		read: async (key, range) => fs.createReadStream(pathOf(key), range ? { start: range.start, end: range.end } : {}),
		presignedUrlOf: async () => null,
		locationOf: pathOf,
		remove: async (key) => fs.promises.rm(pathOf(key), { force: true }),
		removePrefix: async (prefix) => {
			const dir = pathOf(assertStorageFolder(prefix, { allowAll: false }).slice(0, -1));
			let count = 0;
			for await (const _file of walk(dir)) count += 1;
			await fs.promises.rm(dir, { recursive: true, force: true });
			return count;
		},
		list: async function* (prefix) {
			const dir = assertStorageFolder(prefix, { allowAll: true }) === '' ? resolvedRoot : pathOf(prefix.slice(0, -1));
			for await (const file of walk(dir)) {
				const stat = await fs.promises.stat(file).catch(() => null);
				if (stat) yield objectOf(path.relative(resolvedRoot, file).split(path.sep).join('/'), stat);
			}
		},
		removeAbandonedWrites: async (startedBefore) => {
			let writes = 0;
			let bytes = 0;
			for await (const file of walk(resolvedRoot, { staged: true })) {
				const stat = await fs.promises.stat(file).catch(() => null);
				// A staged file still growing is a write in progress (its mtime moves); only old ones are abandoned.
				if (!stat || stat.mtime >= startedBefore) continue;
				await fs.promises.rm(file, { force: true });
				writes += 1;
				bytes += stat.size;
			}
			return { writes, bytes };
		},
	};
};
