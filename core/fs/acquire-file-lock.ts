import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive } from '../processes/is-process-alive.js';

export type FileLockOptions = {
	/** What the lock guards, for the error: "the migration lock". */
	what: string;
	/** How long to wait for another holder before giving up. */
	waitMs: number;
	/** A lock older than this is taken over even if its holder still runs (it hung, or the pid was reused). */
	staleMs: number;
	pollMs?: number;
};

type Holder = { pid: number; host: string; acquiredAt: number };

const readHolder = (lockPath: string): { raw: string; holder: Holder | null } | null => {
	let raw: string;
	try {
		raw = fs.readFileSync(lockPath, 'utf8');
	} catch {
		return null;
	}
	try {
		const parsed = JSON.parse(raw) as Partial<Holder>;
		const valid = typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.acquiredAt === 'number';
		return { raw, holder: valid ? (parsed as Holder) : null };
	} catch {
		return { raw, holder: null };
	}
};

/** A holder that died, hung past the bound, or a file this protocol did not write. */
const isStale = (holder: Holder | null, staleMs: number) =>
	holder === null || Date.now() - holder.acquiredAt > staleMs || (holder.host === os.hostname() && !isProcessAlive(holder.pid));

/** Moves a stale lock aside; if another waiter replaced it meanwhile, that fresh lock is put back. */
const takeOver = (lockPath: string, staleRaw: string) => {
	const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
	try {
		fs.renameSync(lockPath, aside);
	} catch {
		return;
	}
	try {
		if (fs.readFileSync(aside, 'utf8') !== staleRaw) fs.linkSync(aside, lockPath);
	} catch {
		// Someone took the path in between: their lock stands, this one was stale anyway.
	} finally {
		fs.rmSync(aside, { force: true });
	}
};

/** Creates the lock file with its content in one step (hard link of a complete file), so no reader ever sees it empty. */
const tryCreate = (lockPath: string, content: string) => {
	const temporary = `${lockPath}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
	fs.writeFileSync(temporary, content);
	try {
		fs.linkSync(temporary, lockPath);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		fs.rmSync(temporary, { force: true });
	}
};

const describeHolder = (holder: Holder | null) =>
	holder ? `pid ${holder.pid} on ${holder.host} since ${new Date(holder.acquiredAt).toISOString()}` : 'an unreadable lock file';

/**
 * An exclusive lock between processes: a file that names its holder (pid, host, when). A holder that died or that
 * has held it past `staleMs` loses it to the next waiter. Waits up to `waitMs`, then throws naming the holder.
 */
export const acquireFileLock = async (lockPath: string, { what, waitMs, staleMs, pollMs = 50 }: FileLockOptions): Promise<{ release: () => void }> => {
	fs.mkdirSync(path.dirname(lockPath), { recursive: true });
	const deadline = Date.now() + waitMs;
	// The nonce tells two acquisitions by one process apart, so neither releases the other's lock.
	const nonce = randomBytes(8).toString('hex');
	for (;;) {
		const content = JSON.stringify({ pid: process.pid, host: os.hostname(), acquiredAt: Date.now(), nonce });
		if (tryCreate(lockPath, content)) {
			return {
				release: () => {
					// Only our own lock: one taken over from us (we overran staleMs) belongs to someone else now.
					if (readHolder(lockPath)?.raw === content) fs.rmSync(lockPath, { force: true });
				},
			};
		}
		const seen = readHolder(lockPath);
		if (seen && isStale(seen.holder, staleMs)) {
			takeOver(lockPath, seen.raw);
			continue;
		}
		if (Date.now() >= deadline) {
			throw new Error(
				`Timed out after ${Number((waitMs / 1000).toFixed(1))} s waiting for ${what} ${lockPath}, held by ${describeHolder(seen?.holder ?? null)}; delete the file if that process is gone`,
			);
		}
		await new Promise((resolve) => setTimeout(resolve, pollMs));
	}
};
