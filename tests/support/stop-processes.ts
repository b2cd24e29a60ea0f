import { isProcessAlive } from '../../core/processes/is-process-alive.js';

/** SIGTERM, up to `graceMs` to exit, then SIGKILL. */
export const stopProcesses = async (pids: number[], graceMs = 3000): Promise<void> => {
	const signal = (pid: number, name: NodeJS.Signals) => {
		try {
			process.kill(pid, name);
		} catch {
			// Gone already.
		}
	};
	for (const pid of pids) signal(pid, 'SIGTERM');
	const deadline = Date.now() + graceMs;
	while (pids.some(isProcessAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
	for (const pid of pids.filter(isProcessAlive)) signal(pid, 'SIGKILL');
};
