import { calculateNarratedMetadata } from '../shared/calculate-narrated-metadata.js';
import type { ClipStoryProps } from './schema.js';

const DEFAULT_CLIP_SECONDS = 2.5;

/** Without narration the story lasts as long as its clips (2.5 s for each clip without a duration) and its end card. */
export const calculateClipStoryMetadata = calculateNarratedMetadata<ClipStoryProps>(
	(props) =>
		props.clips.reduce((sum, clip) => sum + (clip.durationSeconds ?? DEFAULT_CLIP_SECONDS), 0) + (props.endCard.text ? props.endCard.durationSeconds : 0),
);
