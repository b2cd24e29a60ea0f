/** A one-line progress bar on a TTY; plain lines, at most one per 10 %, elsewhere (CI logs). */
export const createProgressBar = (stream: NodeJS.WriteStream = process.stderr) => {
	let lastDecile = -1;
	return {
		update: (fraction: number, label: string) => {
			const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
			if (stream.isTTY) {
				const width = 30;
				const filled = Math.round((percent / 100) * width);
				stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${label.padEnd(12)}`);
				return;
			}
			const decile = Math.floor(percent / 10);
			if (decile === lastDecile) return;
			lastDecile = decile;
			stream.write(`${String(percent).padStart(3)}% ${label}\n`);
		},
		done: () => {
			if (stream.isTTY) stream.write('\n');
		},
	};
};
