import { describe, expect, it } from 'vitest';
import { compareSamples } from './compare-samples.js';
import { welchTTest } from './welch-t-test.js';

/** Two-sided p of Student's t by integrating its density numerically (Simpson's rule): an independent check of the closed form. */
const pByIntegration = (t: number, df: number) => {
	const logNorm = (x: number) => {
		// ln Γ by Stirling's series, good to ~1e-10 for x >= 0.5 after shifting.
		let shift = 0;
		let y = x;
		while (y < 10) {
			shift -= Math.log(y);
			y += 1;
		}
		return shift + (y - 0.5) * Math.log(y) - y + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * y) - 1 / (360 * y ** 3);
	};
	const c = Math.exp(logNorm((df + 1) / 2) - logNorm(df / 2)) / Math.sqrt(df * Math.PI);
	const density = (x: number) => c * (1 + (x * x) / df) ** (-(df + 1) / 2);
	const steps = 200_000;
	const h = Math.abs(t) / steps;
	let area = density(0) + density(Math.abs(t));
	for (let i = 1; i < steps; i++) area += (i % 2 === 0 ? 2 : 4) * density(i * h);
	return 1 - 2 * ((area * h) / 3);
};

describe("Welch's t-test", () => {
	it('matches the textbook example: 1..5 against 2,4,…,10 gives t = -1.897 on 5.88 degrees of freedom', () => {
		const result = welchTTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
		expect(result.t).toBeCloseTo(-1.8974, 4);
		expect(result.df).toBeCloseTo(5.8824, 4);
		expect(result.pValue).toBeCloseTo(pByIntegration(result.t, result.df), 6);
		expect(result.pValue).toBeCloseTo(0.1075, 3);
	});

	it.each([
		{ a: [10, 12, 11, 13, 12, 11], b: [20, 21, 19, 22, 20, 21] },
		{ a: [1.1, 0.9, 1.3, 1.0, 1.2, 0.8, 1.05], b: [1.0, 1.15, 0.95, 1.2, 1.1] },
		{ a: [100, 300, 250, 80, 500], b: [90, 120, 110, 95, 105, 100, 130, 85] },
	])('agrees with numerical integration for $a vs $b', ({ a, b }) => {
		const result = welchTTest(a, b);
		expect(result.pValue).toBeCloseTo(pByIntegration(result.t, result.df), 6);
	});

	it('handles groups without spread and refuses groups of one', () => {
		expect(welchTTest([5, 5, 5], [5, 5, 5]).pValue).toBe(1);
		expect(welchTTest([5, 5, 5], [6, 6, 6]).pValue).toBe(0);
		expect(() => welchTTest([1], [1, 2])).toThrow("Welch's t-test needs at least 2 values per group, but has 1 and 2");
	});
});

describe('compareSamples', () => {
	it('gives no verdict below the minimum sample size, however large the difference', () => {
		const { groups, significance } = compareSamples(
			new Map([
				['a', [100, 110, 120, 130]],
				['b', [1, 2, 3, 4, 5, 6]],
			]),
		);
		expect(groups.map(({ key, n }) => ({ key, n }))).toEqual([
			{ key: 'a', n: 4 },
			{ key: 'b', n: 6 },
		]);
		expect(significance).toMatchObject({ verdict: 'insufficient data', winner: null, pValue: null, compared: ['a', 'b'] });
	});

	it('names a winner only when the difference is significant', () => {
		const clear = compareSamples(
			new Map([
				['b', [10, 11, 9, 10, 10]],
				['a', [20, 21, 19, 20, 22]],
				['c', [1, 2, 1, 2, 1]],
			]),
		);
		expect(clear.significance).toMatchObject({ verdict: 'significant', winner: 'a', compared: ['a', 'b'] });
		const noisy = compareSamples(
			new Map([
				['a', [10, 30, 5, 25, 12]],
				['b', [9, 28, 6, 20, 14]],
			]),
		);
		expect(noisy.significance).toMatchObject({ verdict: 'not significant', winner: null });
		expect(noisy.significance.pValue).toBeGreaterThan(0.5);
	});
});
