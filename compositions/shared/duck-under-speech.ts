import type { CaptionWord } from '../captions/caption-word-schema.js';

const MERGE_GAP_MS = 350;
const RAMP_MS = 200;

export type SpeechSpans = readonly { startMs: number; endMs: number }[];

/** Stretches of speech: words closer than 350 ms are one stretch, so the music does not pump between words. */
export const speechSpansOf = (words: readonly CaptionWord[]): SpeechSpans => {
	const spans: { startMs: number; endMs: number }[] = [];
	for (const word of [...words].sort((a, b) => a.startMs - b.startMs)) {
		const last = spans.at(-1);
		if (last && word.startMs - last.endMs <= MERGE_GAP_MS) last.endMs = Math.max(last.endMs, word.endMs);
		else spans.push({ startMs: word.startMs, endMs: word.endMs });
	}
	return spans;
};

/** Volume multiplier at `timeMs`: `duckTo` during speech, 1 away from it, with 200 ms ramps either side. */
export const duckUnderSpeech = (timeMs: number, spans: SpeechSpans, duckTo: number): number => {
	let closeness = 0;
	for (const span of spans) {
		const outside = timeMs < span.startMs ? span.startMs - timeMs : timeMs > span.endMs ? timeMs - span.endMs : 0;
		closeness = Math.max(closeness, 1 - Math.min(1, outside / RAMP_MS));
		if (closeness === 1) break;
	}
	return 1 - (1 - duckTo) * closeness;
};
