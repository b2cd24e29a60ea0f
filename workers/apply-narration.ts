import { captionWordsFromTimings } from '../core/voiceover/caption-words-from-timings.js';
import type { Voiceover } from '../core/voiceover/synthesize-voiceover.js';

/**
 * Puts a synthesised voiceover into a narrated template's props: `voiceover` plays it, and `captions.words`
 * (unless the caller gave words of their own) follow its timings, emphasis included.
 */
export const applyNarration = (
	props: Record<string, unknown>,
	voiceover: Voiceover,
	emphasis: readonly { start: number; end: number }[],
): Record<string, unknown> => {
	const captions = (props.captions ?? {}) as { words?: unknown[] } & Record<string, unknown>;
	const words = captions.words && captions.words.length > 0 ? captions.words : captionWordsFromTimings(voiceover.words, emphasis);
	const existing = (props.voiceover ?? {}) as Record<string, unknown>;
	return {
		...props,
		voiceover: { ...existing, src: `storage:${voiceover.audioKey}`, durationInSeconds: voiceover.durationMs / 1000 },
		captions: { ...captions, words },
	};
};
