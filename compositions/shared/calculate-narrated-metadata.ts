import type { CalculateMetadataFunction } from 'remotion';
import type { NarratedProps } from './narrated-fields.js';
import { dimensionsOf } from './video-format.js';

const TAIL_SECONDS = 0.6;

/** Seconds of speech: the voiceover's length, or the last caption word's end. */
export const spokenSecondsOf = (props: NarratedProps): number =>
	Math.max(props.voiceover?.durationInSeconds ?? 0, Math.max(0, ...props.captions.words.map((word) => word.endMs)) / 1000);

/**
 * Size from the format; length from, in order: an explicit durationInSeconds, else the longer of the narration
 * (plus a short tail) and what the template's own content needs.
 */
export const calculateNarratedMetadata =
	<P extends NarratedProps>(contentSeconds: (props: P) => number): CalculateMetadataFunction<P> =>
	({ props }) => {
		const spoken = spokenSecondsOf(props);
		const seconds = props.durationInSeconds ?? Math.max(spoken > 0 ? spoken + TAIL_SECONDS : 0, contentSeconds(props), 1);
		return { ...dimensionsOf(props.format), fps: props.fps, durationInFrames: Math.max(1, Math.round(seconds * props.fps)) };
	};
