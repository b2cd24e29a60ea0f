import { graphemesOf, segmentWords } from '../../../compositions/captions/segment-words.js';
import type { TranscriptWord } from '../transcript-word.js';
import type { SubtitleCue } from './subtitle-cue.js';

/**
 * Timed words from subtitle cues: each cue's words share its span in proportion to their length in graphemes (a cue
 * says when its text is on screen, not when each word is said), the first starting with the cue and the last ending with
 * it. Each word remembers its cue and whether a line broke after it, so the sidecars give the same cues back.
 */
export const wordsFromCues = (cues: readonly SubtitleCue[], language: string | null): TranscriptWord[] =>
	cues.flatMap((cue, cueIndex) => {
		const lines = cue.text.split('\n');
		const words = lines.flatMap((line, lineIndex) =>
			segmentWords(line, language).map(({ start, end }, index, all) => ({
				text: line.slice(start, end),
				lineBreak: lineIndex < lines.length - 1 && index === all.length - 1,
			})),
		);
		const weights = words.map((word) => graphemesOf(word.text).length);
		const total = weights.reduce((sum, weight) => sum + weight, 0);
		let before = 0;
		return words.map((word, index): TranscriptWord => {
			const startMs = cue.startMs + Math.round(((cue.endMs - cue.startMs) * before) / total);
			before += weights[index] ?? 0;
			const endMs = index === words.length - 1 ? cue.endMs : cue.startMs + Math.round(((cue.endMs - cue.startMs) * before) / total);
			return { text: word.text.slice(0, 64), startMs, endMs, confidence: null, emphasis: false, cue: cueIndex, ...(word.lineBreak ? { lineBreak: true } : {}) };
		});
	});
