import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LocalCopy } from '../storage.js';

export type MediaCache = {
	/**
	 * The cached file for `id` (a content hash, or a hash of the URL it came from), made with `fill(target)` when it is not
	 * there yet. Leased until `release`: this process never evicts it meanwhile, and keeps it fresh for the others.
	 */
	obtain: (id: string, extension: string, fill: (target: string) => Promise<void>) => Promise<LocalCopy>;
	/** Hits and misses since the cache was opened, and the bytes it holds now. */
	stats: () => Promise<{ hits: number; misses: number; bytes: number; files: number }>;
	close: () => void;
};

/** A file touched this recently may be in use by another process on this machine: it is not evicted. */
const IN_USE_GRACE_MS = 10 * 60_000;
const TOUCH_INTERVAL_MS = 60_000;

const isEntry = (name: string) => !name.includes('.partial-');

/**
 * A local cache of media a worker fetched (from storage or from a URL), bounded to `maxBytes`, least recently used
 * first out. Safe for several processes sharing `dir`: files appear by rename (never half written), files another
 * process touched in the last ten minutes are never evicted, and a file this process holds is touched every minute.
 */
export const createMediaCache = ({ dir, maxBytes }: { dir: string; maxBytes: number }): MediaCache => {
	fs.mkdirSync(dir, { recursive: true });
	const leases = new Map<string, number>();
	const filling = new Map<string, Promise<void>>();
	let hits = 0;
	let misses = 0;
	const touch = (file: string) => {
		const now = new Date();
		try {
			fs.utimesSync(file, now, now);
		} catch {
			// Evicted by another process between two touches: it is fetched again on the next obtain.
		}
	};
	const refresher = setInterval(() => {
		for (const file of leases.keys()) touch(file);
	}, TOUCH_INTERVAL_MS);
	refresher.unref();

	const entries = async () =>
		(
			await Promise.all(
				(await fs.promises.readdir(dir)).filter(isEntry).map(async (name) => {
					const file = path.join(dir, name);
					const stat = await fs.promises.stat(file).catch(() => null);
					return stat?.isFile() ? { file, size: stat.size, used: stat.mtimeMs } : null;
				}),
			)
		).filter((entry) => entry !== null);

	const evict = async () => {
		const all = (await entries()).sort((a, b) => a.used - b.used);
		let total = all.reduce((sum, entry) => sum + entry.size, 0);
		const now = Date.now();
		for (const entry of all) {
			if (total <= maxBytes) break;
			if (leases.has(entry.file) || now - entry.used < IN_USE_GRACE_MS) continue;
			await fs.promises.rm(entry.file, { force: true });
			total -= entry.size;
		}
	};

	return {
		obtain: async (id, extension, fill) => {
			const file = path.join(dir, `${id.replace(/[^\w.-]/g, '_')}${extension}`);
			if (fs.existsSync(file)) hits += 1;
			else {
				misses += 1;
				let pending = filling.get(file);
				if (!pending) {
					pending = (async () => {
						const partial = `${file}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
						try {
							await fill(partial);
							await fs.promises.rename(partial, file);
						} finally {
							await fs.promises.rm(partial, { force: true });
						}
						await evict();
					})().finally(() => filling.delete(file));
					filling.set(file, pending);
				}
				await pending;
			}
			touch(file);
			leases.set(file, (leases.get(file) ?? 0) + 1);
			let released = false;
			return {
				path: file,
				release: () => {
					if (released) return;
					released = true;
					const left = (leases.get(file) ?? 1) - 1;
					if (left > 0) leases.set(file, left);
					else leases.delete(file);
				},
			};
		},
		stats: async () => {
			const all = await entries();
			return { hits, misses, bytes: all.reduce((sum, entry) => sum + entry.size, 0), files: all.length };
		},
		close: () => clearInterval(refresher),
	};
};
