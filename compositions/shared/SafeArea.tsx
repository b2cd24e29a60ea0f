import type React from 'react';
import { AbsoluteFill, useVideoConfig } from 'remotion';
import { safeZoneOf } from './safe-zone.js';
import type { VideoFormat } from './video-format.js';

/** Lays out its children inside the format's safe zone. */
export const SafeArea: React.FC<{ format: VideoFormat; style?: React.CSSProperties; children: React.ReactNode }> = ({ format, style, children }) => {
	const { width, height } = useVideoConfig();
	const zone = safeZoneOf(format);
	return (
		<AbsoluteFill
			style={{
				top: zone.top * height,
				bottom: zone.bottom * height,
				left: zone.left * width,
				right: zone.right * width,
				width: 'auto',
				height: 'auto',
				...style,
			}}
		>
			{children}
		</AbsoluteFill>
	);
};
