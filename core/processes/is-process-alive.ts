import fs from 'node:fs';

/**
 * Whether `pid` names a running process. A zombie (exited, not yet reaped: daemons re-parented to an init that reaps
 * slowly) still answers signal 0, so on Linux its state in /proc decides.
 */
export const isProcessAlive = (pid: number): boolean => {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name in parentheses may hold spaces; the state is the field after it.
		const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
		return state !== 'Z' && state !== 'X';
	} catch {
		// No /proc (not Linux), or it exited between the two reads: signal 0 is the best answer there is.
		return !fs.existsSync('/proc');
	}
};
