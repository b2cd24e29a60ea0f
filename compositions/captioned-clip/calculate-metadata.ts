import type { CalculateMetadataFunction } from 'remotion';
import { dimensionsOf } from '../shared/video-format.js';
import type { CaptionedClipProps } from './schema.js';

const TAIL_SECONDS = 0.6;
const FALLBACK_SECONDS = 5;

export const durationInSecondsOf = (props: CaptionedClipProps): number => {
	if (props.durationInSeconds !== undefined) return props.durationInSeconds;
	const lastWordEndMs = Math.max(0, ...props.captions.words.map((word) => word.endMs));
	const spokenSeconds = Math.max(lastWordEndMs / 1000, props.voiceover?.durationInSeconds ?? 0);
	return spokenSeconds > 0 ? spokenSeconds + TAIL_SECONDS : FALLBACK_SECONDS;
};

export const calculateCaptionedClipMetadata: CalculateMetadataFunction<CaptionedClipProps> = ({ props }) => ({
	...dimensionsOf(props.format),
	fps: props.fps,
	durationInFrames: Math.max(1, Math.round(durationInSecondsOf(props) * props.fps)),
});
