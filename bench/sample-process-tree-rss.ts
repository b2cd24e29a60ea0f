import fs from 'node:fs';

const PAGE_SIZE = 4096;

const childrenOf = (pid: number): number[] => {
	try {
		return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
};

const rssOf = (pid: number): number => {
	try {
		return Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1] ?? 0) * PAGE_SIZE;
	} catch {
		return 0;
	}
};

/** Resident memory of `pid` and all its descendants (Chromium, the compositor, ffmpeg), in bytes. */
export const processTreeRss = (pid = process.pid): number => {
	let total = 0;
	const queue = [pid];
	while (queue.length > 0) {
		const next = queue.pop() as number;
		total += rssOf(next);
		queue.push(...childrenOf(next));
	}
	return total;
};

/** Samples the process tree's RSS every `intervalMs` until stopped; returns the peak. */
export const samplePeakRss = (intervalMs = 200) => {
	let peak = processTreeRss();
	const timer = setInterval(() => {
		peak = Math.max(peak, processTreeRss());
	}, intervalMs);
	return {
		stop: () => {
			clearInterval(timer);
			return Math.max(peak, processTreeRss());
		},
	};
};
