import fs from 'node:fs';

const childrenOf = (pid: number): number[] => {
	try {
		return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
};

/** Proportional set size: shared pages (Chromium's, the compositor's libraries) counted once across the tree, not per process. */
const pssOf = (pid: number): number => {
	try {
		const match = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
		return match ? Number(match[1]) * 1024 : 0;
	} catch {
		return 0;
	}
};

/** PSS of `pid` and all its descendants (Chromium, the compositor, ffmpeg), in bytes. */
export const processTreePss = (pid = process.pid): number => {
	let total = 0;
	const queue = [pid];
	while (queue.length > 0) {
		const next = queue.pop() as number;
		total += pssOf(next);
		queue.push(...childrenOf(next));
	}
	return total;
};

/** Samples a process tree's PSS every `intervalMs` until stopped; returns the peak in bytes. */
export const samplePeakPss = (pid = process.pid, intervalMs = 250) => {
	let peak = processTreePss(pid);
	const timer = setInterval(() => {
		peak = Math.max(peak, processTreePss(pid));
	}, intervalMs);
	return {
		stop: () => {
			clearInterval(timer);
			return Math.max(peak, processTreePss(pid));
		},
	};
};
