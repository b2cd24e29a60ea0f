import type { Significance } from '../../../server/analytics/compare-samples.js';

const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/** The verdict in a sentence: a winner only when Welch's test says the lead is significant, never from the means alone. */
export const significanceText = (significance: Significance): string => {
	const { compared, verdict, pValue, winner, minSamplesPerGroup, alpha } = significance;
	if (!compared) return 'Insufficient data: fewer than two groups to compare.';
	const [best, second] = compared;
	if (verdict === 'insufficient data') {
		return `Insufficient data: ${best} and ${second} need at least ${minSamplesPerGroup} videos each before a difference is judged.`;
	}
	const p = pValue === null ? '' : ` (Welch's t-test, ${pText(pValue)})`;
	if (verdict === 'significant' && winner) return `${winner} wins: it beats ${second} significantly at α = ${alpha}${p}.`;
	return `No winner: ${best} leads ${second}, but not significantly at α = ${alpha}${p}.`;
};
