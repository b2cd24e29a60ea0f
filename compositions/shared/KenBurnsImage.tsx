import type React from 'react';
import { Img, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import type { Image } from './media-schemas.js';

/** A still image that slowly zooms towards its focal point over its sequence. */
export const KenBurnsImage: React.FC<{ image: Image }> = ({ image }) => {
	const frame = useCurrentFrame();
	const { durationInFrames } = useVideoConfig();
	const progress = interpolate(frame, [0, Math.max(1, durationInFrames)], [0, 1], { extrapolateRight: 'clamp' });
	const scale = image.kenBurns ? 1 + 0.12 * progress : 1;
	const origin = `${image.focalPoint.x * 100}% ${image.focalPoint.y * 100}%`;
	return (
		<Img
			src={image.src}
			style={{ width: '100%', height: '100%', objectFit: 'cover', objectPosition: origin, transform: `scale(${scale})`, transformOrigin: origin }}
		/>
	);
};
