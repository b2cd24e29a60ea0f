import { graphemesOf, usesSpaces } from '../../../compositions/captions/segment-words.js';
import type { SubtitleCue } from './subtitle-cue.js';

export type CueWord = { text: string; startMs: number; endMs: number; cue?: number; lineBreak?: boolean };

export type CueRules = { maxCharsPerLine: number; maxLines: number; maxDurationMs: number; maxGapMs: number };

/** Broadcast-style limits (about 42 characters, two lines, 7 s); a pause longer than maxGapMs starts a new cue. */
export const DEFAULT_CUE_RULES: CueRules = { maxCharsPerLine: 42, maxLines: 2, maxDurationMs: 7000, maxGapMs: 1200 };

/** Words join with a space unless both sides are in a script written without spaces (Chinese, Japanese, Thai). */
const joinerBetween = (left: string, right: string) => (usesSpaces(left) || usesSpaces(right) ? ' ' : '');

const textOf = (words: readonly CueWord[]) =>
	words
		.map((word, index) => (index === 0 ? '' : words[index - 1]?.lineBreak ? '\n' : joinerBetween(words[index - 1]?.text ?? '', word.text)) + word.text)
		.join('');

/**
 * Subtitle cues from timed words. Words that came from subtitles keep their cues (and line breaks) exactly; others are
 * grouped under the rules, lines broken between words (counted in graphemes, so no emoji, conjunct or accented letter is
 * ever split, and a word longer than a line stays whole on its own line).
 */
export const cuesFromWords = (words: readonly CueWord[], rules: CueRules = DEFAULT_CUE_RULES): SubtitleCue[] => {
	const cues: SubtitleCue[] = [];
	let group: CueWord[] = [];
	let lines: CueWord[][] = [[]];
	const flush = () => {
		const first = group[0];
		const last = group.at(-1);
		if (first && last) cues.push({ startMs: first.startMs, endMs: Math.max(last.endMs, first.startMs + 1), text: textOf(group) });
		group = [];
		lines = [[]];
	};
	for (const word of words) {
		const previous = group.at(-1);
		if (word.cue !== undefined) {
			if (previous && previous.cue !== word.cue) flush();
			group.push(word);
			continue;
		}
		if (
			previous &&
			(previous.cue !== undefined || word.startMs - previous.endMs > rules.maxGapMs || word.endMs - (group[0]?.startMs ?? 0) > rules.maxDurationMs)
		)
			flush();
		const line = lines.at(-1) ?? [];
		const lineText = textOf([...line, word]);
		if (line.length > 0 && graphemesOf(lineText).length > rules.maxCharsPerLine) {
			if (lines.length >= rules.maxLines) flush();
			else {
				const last = group.at(-1);
				if (last) group[group.length - 1] = { ...last, lineBreak: true };
				lines.push([]);
			}
		}
		group.push({ ...word, lineBreak: false });
		lines.at(-1)?.push(word);
	}
	flush();
	return cues;
};
