import type React from 'react';
import { AbsoluteFill, useCurrentFrame, useVideoConfig } from 'remotion';

/** A generated background: a linear gradient whose angle turns slowly. */
export const MovingGradient: React.FC<{ colors: readonly string[] }> = ({ colors }) => {
	const frame = useCurrentFrame();
	const { fps } = useVideoConfig();
	const angle = 135 + (frame / fps) * 12;
	return <AbsoluteFill style={{ background: `linear-gradient(${angle}deg, ${colors.join(', ')})` }} />;
};
