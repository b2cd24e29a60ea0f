import type React from 'react';
import { Loop, OffthreadVideo, useCurrentFrame, useVideoConfig } from 'remotion';
import { objectPositionAt } from './focal-point-at.js';
import type { Clip } from './media-schemas.js';

/** A clip cover-cropped around its focal point, trimmed, at its playback rate, looped if asked; `volumeScale` ducks it under speech. */
export const ClipVideo: React.FC<{ clip: Clip; volumeScale?: (frame: number) => number; style?: React.CSSProperties }> = ({ clip, volumeScale, style }) => {
	const { fps } = useVideoConfig();
	// The source time shown now, for an auto focal path (a looping clip restarts it; close enough for a crop).
	const sourceSeconds = clip.trimStartSeconds + (useCurrentFrame() / fps) * clip.playbackRate;
	const css: React.CSSProperties = {
		width: '100%',
		height: '100%',
		objectFit: 'cover',
		objectPosition: objectPositionAt(clip, sourceSeconds),
		...style,
	};
	const volume = (frame: number) => clip.volume * (volumeScale ? volumeScale(frame) : 1);
	const common = { src: clip.src, trimBefore: Math.round(clip.trimStartSeconds * fps), playbackRate: clip.playbackRate, muted: clip.muted, volume, style: css };
	const video = <OffthreadVideo {...common} />;
	// Looping needs the source's length, which the worker measures before rendering.
	const loopFrames = clip.loop && clip.sourceDurationSeconds ? Math.floor(((clip.sourceDurationSeconds - clip.trimStartSeconds) * fps) / clip.playbackRate) : 0;
	return loopFrames > 1 ? <Loop durationInFrames={loopFrames}>{video}</Loop> : video;
};
