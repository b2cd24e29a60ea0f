/** ln Γ(x), Lanczos approximation (g = 7, n = 9): accurate to about 15 digits for x > 0. */
const logGamma = (x: number): number => {
	const c = [
		0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
		9.9843695780195716e-6, 1.5056327351493116e-7,
	];
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let sum = c[0] as number;
	for (let i = 1; i < 9; i++) sum += (c[i] as number) / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
};

/** Continued fraction of the incomplete beta function (modified Lentz, as in Numerical Recipes' betacf). */
const betaContinuedFraction = (a: number, b: number, x: number): number => {
	const tiny = 1e-300;
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	d = 1 / (Math.abs(d) < tiny ? tiny : d);
	let h = d;
	for (let m = 1; m <= 300; m++) {
		const m2 = 2 * m;
		for (const aa of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
			d = 1 + aa * d;
			d = 1 / (Math.abs(d) < tiny ? tiny : d);
			c = 1 + aa / c;
			c = Math.abs(c) < tiny ? tiny : c;
			h *= d * c;
		}
		if (Math.abs(d * c - 1) < 1e-14) break;
	}
	return h;
};

/** The regularised incomplete beta function I_x(a, b). */
export const incompleteBeta = (x: number, a: number, b: number): number => {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
	return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
};

const meanAndVariance = (values: readonly number[]) => {
	const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
	const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
	return { mean, variance };
};

export type WelchResult = { t: number; df: number; pValue: number };

/**
 * Welch's unequal-variances t-test, two-sided: does the mean of `a` differ from the mean of `b`? Needs at least two
 * values on each side. Two groups without any spread give p = 0 when their means differ, 1 when they do not.
 */
export const welchTTest = (a: readonly number[], b: readonly number[]): WelchResult => {
	if (a.length < 2 || b.length < 2) throw new Error(`Welch's t-test needs at least 2 values per group, but has ${a.length} and ${b.length}`);
	const x = meanAndVariance(a);
	const y = meanAndVariance(b);
	const va = x.variance / a.length;
	const vb = y.variance / b.length;
	const se = Math.sqrt(va + vb);
	if (se === 0)
		return { t: x.mean === y.mean ? 0 : Math.sign(x.mean - y.mean) * Number.POSITIVE_INFINITY, df: a.length + b.length - 2, pValue: x.mean === y.mean ? 1 : 0 };
	const t = (x.mean - y.mean) / se;
	// Welch–Satterthwaite degrees of freedom.
	const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
	const pValue = Math.min(1, Math.max(0, incompleteBeta(df / (df + t * t), df / 2, 0.5)));
	return { t, df, pValue };
};
