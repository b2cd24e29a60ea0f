export type TimedWord = { text: string; startMs: number; endMs: number };

const norm = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');

export type WordAccuracy = {
	referenceWords: number;
	heardWords: number;
	/** Word error rate: (substitutions + deletions + insertions) / reference words. */
	wer: number;
	/** Over the words heard right: |heard start - reference start| and the same for ends, in ms. */
	matched: number;
	meanStartErrorMs: number;
	maxStartErrorMs: number;
	meanEndErrorMs: number;
	maxEndErrorMs: number;
};

const round = (value: number) => Math.round(value * 10) / 10;

/** WER and timing error of `heard` against `reference`, the two lined up by edit distance over normalised words. */
export const wordAccuracy = (reference: readonly TimedWord[], heard: readonly TimedWord[]): WordAccuracy => {
	const a = reference.map((word) => norm(word.text)).filter(Boolean);
	const refs = reference.filter((word) => norm(word.text));
	const hs = heard.filter((word) => norm(word.text));
	const b = hs.map((word) => norm(word.text));
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const row = d[i] as number[];
			row[j] = Math.min((d[i - 1]?.[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1), (d[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1);
		}
	const starts: number[] = [];
	const ends: number[] = [];
	let i = a.length;
	let j = b.length;
	while (i > 0 && j > 0) {
		const here = d[i]?.[j] ?? 0;
		if (a[i - 1] === b[j - 1] && here === (d[i - 1]?.[j - 1] ?? 0)) {
			starts.push(Math.abs((hs[j - 1]?.startMs ?? 0) - (refs[i - 1]?.startMs ?? 0)));
			ends.push(Math.abs((hs[j - 1]?.endMs ?? 0) - (refs[i - 1]?.endMs ?? 0)));
			i--;
			j--;
		} else if (here === (d[i - 1]?.[j - 1] ?? 0) + 1) {
			i--;
			j--;
		} else if (here === (d[i - 1]?.[j] ?? 0) + 1) i--;
		else j--;
	}
	const mean = (values: number[]) => round(values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length));
	return {
		referenceWords: a.length,
		heardWords: b.length,
		wer: Math.round(((d[a.length]?.[b.length] ?? 0) / Math.max(1, a.length)) * 1000) / 1000,
		matched: starts.length,
		meanStartErrorMs: mean(starts),
		maxStartErrorMs: round(Math.max(0, ...starts)),
		meanEndErrorMs: mean(ends),
		maxEndErrorMs: round(Math.max(0, ...ends)),
	};
};
