import type React from 'react';
import { interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';

/** A bold text block that springs in and fades out over its own duration (hook cards, list headers, end cards). */
export const TextCard: React.FC<{
	text: string;
	fontFamily: string;
	fontSizePx: number;
	color: string;
	background: string;
	durationInFrames: number;
	uppercase?: boolean;
}> = ({ text, fontFamily, fontSizePx, color, background, durationInFrames, uppercase = true }) => {
	const frame = useCurrentFrame();
	const { fps } = useVideoConfig();
	const enter = spring({ frame, fps, config: { damping: 12 }, durationInFrames: Math.round(fps * 0.35) });
	const exit = interpolate(frame, [durationInFrames - Math.round(fps * 0.2), durationInFrames], [1, 0], {
		extrapolateLeft: 'clamp',
		extrapolateRight: 'clamp',
	});
	return (
		<div
			style={{
				fontFamily,
				fontWeight: 800,
				fontSize: fontSizePx,
				lineHeight: 1.15,
				color,
				background,
				padding: '0.35em 0.6em',
				borderRadius: fontSizePx * 0.35,
				textAlign: 'center',
				textTransform: uppercase ? 'uppercase' : 'none',
				transform: `scale(${0.7 + 0.3 * enter}) rotate(${(1 - enter) * -4}deg)`,
				opacity: Math.min(enter, exit),
				boxShadow: '0 12px 40px rgba(0,0,0,0.35)',
				whiteSpace: 'pre-wrap',
			}}
		>
			{text}
		</div>
	);
};
