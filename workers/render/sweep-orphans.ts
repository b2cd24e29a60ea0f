import fs from 'node:fs';
import path from 'node:path';

const SCRATCH_PREFIX = 'worker-';

export const scratchDirFor = (tempDir: string, pid = process.pid) => path.join(tempDir, `${SCRATCH_PREFIX}${pid}`);

const isAlive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/** Processes whose command line mentions `dir`: Chromium and ffmpeg started by a worker that has died. */
const processesUsing = (dir: string): number[] => {
	if (!fs.existsSync('/proc')) return [];
	return fs.readdirSync('/proc').flatMap((entry) => {
		if (!/^\d+$/.test(entry)) return [];
		try {
			const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
			return cmdline.includes(dir) ? [Number(entry)] : [];
		} catch {
			return [];
		}
	});
};

/** SIGKILL is delivered asynchronously; give the processes a moment to be gone before deleting their files. */
const waitUntilGone = (pids: number[], timeoutMs = 3000) => {
	const deadline = Date.now() + timeoutMs;
	while (pids.some((pid) => fs.existsSync(`/proc/${pid}`)) && Date.now() < deadline) {
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
	}
};

/**
 * A worker killed with SIGKILL leaves its scratch directory and its Chromium behind.
 * On start, each worker removes the scratch directories of workers that are no longer running, and ends their browsers.
 */
export const sweepOrphans = (tempDir: string): { removedDirs: string[]; killedProcesses: number[] } => {
	const removedDirs: string[] = [];
	const killedProcesses: number[] = [];
	if (!fs.existsSync(tempDir)) return { removedDirs, killedProcesses };
	for (const entry of fs.readdirSync(tempDir)) {
		if (!entry.startsWith(SCRATCH_PREFIX)) continue;
		const pid = Number(entry.slice(SCRATCH_PREFIX.length));
		if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
		const dir = path.join(tempDir, entry);
		for (const orphan of processesUsing(dir)) {
			try {
				process.kill(orphan, 'SIGKILL');
				killedProcesses.push(orphan);
			} catch {
				// Already gone.
			}
		}
		waitUntilGone(killedProcesses);
		// A dying Chromium may still be deleting its own files; rmSync retries ENOTEMPTY.
		fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
		removedDirs.push(dir);
	}
	return { removedDirs, killedProcesses };
};
