import { calculateNarratedMetadata, spokenSecondsOf } from '../shared/calculate-narrated-metadata.js';
import type { ClipStoryProps } from './schema.js';

const DEFAULT_CLIP_SECONDS = 2.5;

/**
 * Without narration the story lasts as long as its clips (2.5 s for each clip without a duration) and its end card.
 * With narration but no call to action the end card comes after the last word, so it adds its length to the speech.
 */
export const calculateClipStoryMetadata = calculateNarratedMetadata<ClipStoryProps>((props) => {
	const card = props.endCard.text ? props.endCard.durationSeconds : 0;
	const afterSpeech = props.segments.some((segment) => segment.kind === 'cta') ? 0 : spokenSecondsOf(props) + card;
	return Math.max(props.clips.reduce((sum, clip) => sum + (clip.durationSeconds ?? DEFAULT_CLIP_SECONDS), 0) + card, afterSpeech);
});
