import { welchTTest } from './welch-t-test.js';

/** Below this many values in either of the two leading groups no verdict is given: small samples are easily over-read. */
export const MIN_SAMPLES_PER_GROUP = 5;
export const SIGNIFICANCE_LEVEL = 0.05;

export type GroupStats = { key: string; n: number; mean: number | null; stdDev: number | null };
export type Significance = {
	test: 'welch-t';
	/** The two groups with the highest means, compared with each other. */
	compared: [string, string] | null;
	verdict: 'insufficient data' | 'not significant' | 'significant';
	pValue: number | null;
	/** Only when the difference is significant at SIGNIFICANCE_LEVEL. */
	winner: string | null;
	minSamplesPerGroup: number;
	alpha: number;
};

const statsOf = (key: string, values: readonly number[]): GroupStats => {
	const n = values.length;
	if (n === 0) return { key, n, mean: null, stdDev: null };
	const mean = values.reduce((sum, value) => sum + value, 0) / n;
	const stdDev = n < 2 ? null : Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
	return { key, n, mean, stdDev };
};

/**
 * Groups sorted by mean, best first, and whether the best beats the runner-up: Welch's t-test, with "insufficient data"
 * while either has fewer than MIN_SAMPLES_PER_GROUP values, and a winner only when p < SIGNIFICANCE_LEVEL.
 */
export const compareSamples = (groups: ReadonlyMap<string, readonly number[]>): { groups: GroupStats[]; significance: Significance } => {
	const stats = [...groups]
		.map(([key, values]) => statsOf(key, values))
		.sort((a, b) => (b.mean ?? Number.NEGATIVE_INFINITY) - (a.mean ?? Number.NEGATIVE_INFINITY) || a.key.localeCompare(b.key));
	const base = { test: 'welch-t' as const, minSamplesPerGroup: MIN_SAMPLES_PER_GROUP, alpha: SIGNIFICANCE_LEVEL };
	const [best, second] = stats;
	if (!best || !second) return { groups: stats, significance: { ...base, compared: null, verdict: 'insufficient data', pValue: null, winner: null } };
	const compared: [string, string] = [best.key, second.key];
	if (best.n < MIN_SAMPLES_PER_GROUP || second.n < MIN_SAMPLES_PER_GROUP) {
		return { groups: stats, significance: { ...base, compared, verdict: 'insufficient data', pValue: null, winner: null } };
	}
	const { pValue } = welchTTest(groups.get(best.key) ?? [], groups.get(second.key) ?? []);
	const significant = pValue < SIGNIFICANCE_LEVEL;
	return {
		groups: stats,
		significance: { ...base, compared, verdict: significant ? 'significant' : 'not significant', pValue, winner: significant ? best.key : null },
	};
};
