import fs from 'node:fs';

export type FoundProcess = { pid: number; command: string };

const read = (file: string) => {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return '';
	}
};

const cwdOf = (pid: number) => {
	try {
		return fs.readlinkSync(`/proc/${pid}/cwd`);
	} catch {
		return '';
	}
};

const parentOf = (pid: number) => Number(/^\d+ \(.*\) \S (\d+)/s.exec(read(`/proc/${pid}/stat`))?.[1] ?? 0);

/** This process and the ones above it (the shell, flock, npm): their environment names the root too, and they are not leftovers. */
const selfAndAncestors = () => {
	const pids = new Set<number>();
	for (let pid = process.pid; pid > 1 && !pids.has(pid); pid = parentOf(pid)) pids.add(pid);
	return pids;
};

/**
 * Processes whose command line, working directory or environment mention `root` (read from /proc; unreadable ones are
 * skipped), other than this process, its ancestors and its children. A redis-server daemon rewrites its
 * command line (`redis-server 127.0.0.1:PORT`), but it runs in its --dir; Chromium names its profile; a spawned worker
 * inherits REELFORGE_HOME or the run's REELFORGE_TEST_ROOT.
 */
export const processesReferringTo = (root: string): FoundProcess[] => {
	const skip = selfAndAncestors();
	const found: FoundProcess[] = [];
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const pid = Number(entry);
		if (skip.has(pid)) continue;
		const cmdline = read(`/proc/${pid}/cmdline`);
		// Zombies (no command line) hold nothing; they are reaped by their parent.
		if (cmdline === '') continue;
		const command = cmdline.replaceAll('\0', ' ').trim();
		// vitest's own children (pool workers, esbuild) inherit the root from its environment. A test's leftover is never one:
		// what a pool worker started is re-parented to init once that worker exits, and daemons detach at once.
		if (parentOf(pid) === process.pid) continue;
		const cwd = cwdOf(pid);
		if (command.includes(root) || cwd === root || cwd.startsWith(`${root}/`) || read(`/proc/${pid}/environ`).includes(root)) {
			found.push({ pid, command: command.length > 300 ? `${command.slice(0, 300)}…` : command });
		}
	}
	return found;
};
