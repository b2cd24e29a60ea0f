import { segmentWords } from '../../compositions/captions/segment-words.js';
import type { TranscriptWord } from './transcript-word.js';

const normalised = (word: string) => word.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The written words of `text`, timed from what a recogniser heard: the two word sequences are lined up by edit distance
 * (case and punctuation ignored), a written word takes the timing of the heard word it lines up with, and written
 * words with no partner share the time between their timed neighbours. For providers that cannot align by themselves.
 */
export const alignTextToWords = (text: string, heard: readonly TranscriptWord[], language: string | null): TranscriptWord[] => {
	const written = segmentWords(text, language).map(({ start, end }) => text.slice(start, end));
	const a = written.map(normalised);
	const b = heard.map((word) => normalised(word.text));
	// cost[i][j]: edit distance of a[i..] and b[j..].
	const cost = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length; i >= 0; i--) {
		for (let j = b.length; j >= 0; j--) {
			const row = cost[i] as number[];
			if (i === a.length) row[j] = b.length - j;
			else if (j === b.length) row[j] = a.length - i;
			else {
				const next = cost[i + 1] as number[];
				row[j] = Math.min((next[j + 1] ?? 0) + (a[i] === b[j] ? 0 : 1), (next[j] ?? 0) + 1, (row[j + 1] ?? 0) + 1);
			}
		}
	}
	const partner: (TranscriptWord | null)[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length) {
		const here = cost[i]?.[j] ?? 0;
		if (j < b.length && here === (cost[i + 1]?.[j + 1] ?? 0) + (a[i] === b[j] ? 0 : 1)) {
			partner.push(heard[j] ?? null);
			i++;
			j++;
		} else if (here === (cost[i + 1]?.[j] ?? 0) + 1) {
			partner.push(null);
			i++;
		} else j++;
	}
	return written.map((word, index): TranscriptWord => {
		const match = partner[index];
		if (match) return { ...match, text: word, emphasis: false };
		let before = index - 1;
		while (before >= 0 && !partner[before]) before--;
		let after = index + 1;
		while (after < written.length && !partner[after]) after++;
		const fromMs = before >= 0 ? (partner[before]?.endMs ?? 0) : 0;
		const toMs = after < written.length ? (partner[after]?.startMs ?? fromMs) : (heard.at(-1)?.endMs ?? fromMs);
		const share = (toMs - fromMs) / (after - before);
		const startMs = Math.round(fromMs + share * (index - before - 1));
		return { text: word, startMs, endMs: Math.max(startMs, Math.round(startMs + share)), confidence: null, emphasis: false };
	});
};
