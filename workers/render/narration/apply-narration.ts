import type { NarrationJob } from '../../../core/contracts/render-job.js';
import { captionWordsFromTimings } from '../../../core/voiceover/caption-words-from-timings.js';
import type { Voiceover } from '../../../core/voiceover/synthesize-voiceover.js';

/** When each part of the script (hook, beats, call to action) is spoken, from the words inside it. */
const segmentsOf = (voiceover: Voiceover, parts: NarrationJob['parts']) =>
	parts.flatMap((part) => {
		const words = voiceover.words.filter((word) => word.charStart >= part.start && word.charEnd <= part.end);
		const first = words[0];
		const last = words.at(-1);
		return first && last ? [{ kind: part.kind, startMs: Math.round(first.startMs), endMs: Math.round(last.endMs) }] : [];
	});

/**
 * Puts a synthesised voiceover into a narrated template's props: `voiceover` plays it, `captions.words`
 * (unless the caller gave words of their own) follow its timings, and `segments` says when each script part is spoken.
 */
export const applyNarration = (
	props: Record<string, unknown>,
	voiceover: Voiceover,
	narration: Pick<NarrationJob, 'emphasis' | 'parts'>,
): Record<string, unknown> => {
	const captions = (props.captions ?? {}) as { words?: unknown[] } & Record<string, unknown>;
	const words = captions.words && captions.words.length > 0 ? captions.words : captionWordsFromTimings(voiceover.words, narration.emphasis);
	const existing = (props.voiceover ?? {}) as Record<string, unknown>;
	return {
		...props,
		voiceover: { ...existing, src: `storage:${voiceover.audioKey}`, durationInSeconds: voiceover.durationMs / 1000 },
		captions: { ...captions, words },
		segments: segmentsOf(voiceover, narration.parts),
	};
};
