import type { CaptionWord } from '../captions/caption-word-schema.js';

/** Evenly timed caption words for sample props (a real render gets its timings from the voiceover). */
export const sampleWords = (line: string, { startMs = 200, stepMs = 380, emphasis = [] as string[] } = {}): CaptionWord[] =>
	line.split(' ').map((text, index) => ({
		text,
		startMs: startMs + index * stepMs,
		endMs: startMs + index * stepMs + stepMs - 40,
		emphasis: emphasis.includes(text),
	}));
