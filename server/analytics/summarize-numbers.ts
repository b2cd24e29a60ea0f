export type NumberSummary = {
	n: number;
	mean: number | null;
	median: number | null;
	p90: number | null;
	p95: number | null;
	min: number | null;
	max: number | null;
};

/** Linear interpolation between closest ranks (the common "R-7" definition), on sorted values. */
const quantile = (sorted: number[], q: number): number | null => {
	if (sorted.length === 0) return null;
	const position = (sorted.length - 1) * q;
	const lower = Math.floor(position);
	const upper = Math.ceil(position);
	const a = sorted[lower] as number;
	const b = sorted[upper] as number;
	return a + (b - a) * (position - lower);
};

const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

/** Count, mean, median, 90th and 95th percentiles and range of the finite values; nulls when there are none. */
export const summarizeNumbers = (values: readonly (number | null | undefined)[]): NumberSummary => {
	const finite = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
	const n = finite.length;
	return {
		n,
		mean: round(n === 0 ? null : finite.reduce((sum, value) => sum + value, 0) / n),
		median: round(quantile(finite, 0.5)),
		p90: round(quantile(finite, 0.9)),
		p95: round(quantile(finite, 0.95)),
		min: n === 0 ? null : (finite[0] as number),
		max: n === 0 ? null : (finite[n - 1] as number),
	};
};
