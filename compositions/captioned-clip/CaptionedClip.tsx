import type React from 'react';
import { AbsoluteFill, Audio, OffthreadVideo, useCurrentFrame, useVideoConfig } from 'remotion';
import { WordCaptions } from '../captions/WordCaptions.js';
import { zoomPunchScale } from '../interrupts/zoom-punch-scale.js';
import { objectPositionAt } from '../shared/focal-point-at.js';
import type { CaptionedClipProps } from './schema.js';

/** A background clip, cover-cropped, with word captions and zoom punches on the beat. */
export const CaptionedClip: React.FC<CaptionedClipProps> = ({
	format,
	background,
	backgroundColor,
	captions,
	zoomPunches,
	punchOnEmphasis,
	voiceover,
	duckClipUnderVoiceover,
}) => {
	const frame = useCurrentFrame();
	const { fps } = useVideoConfig();
	const punches = punchOnEmphasis
		? [...zoomPunches, ...captions.words.filter((word) => word.emphasis).map((word) => ({ atSeconds: word.startMs / 1000, intensity: 0.6 }))]
		: zoomPunches;
	const scale = zoomPunchScale(frame, fps, punches);
	return (
		<AbsoluteFill style={{ backgroundColor }}>
			<AbsoluteFill style={{ transform: `scale(${scale})` }}>
				<OffthreadVideo
					src={background.src}
					trimBefore={Math.round(background.trimStartSeconds * fps)}
					volume={background.volume * (voiceover ? duckClipUnderVoiceover : 1)}
					muted={background.muted}
					style={{
						width: '100%',
						height: '100%',
						objectFit: 'cover',
						objectPosition: objectPositionAt(background, background.trimStartSeconds + (frame / fps) * background.playbackRate),
					}}
				/>
			</AbsoluteFill>
			{voiceover ? <Audio src={voiceover.src} volume={voiceover.volume} /> : null}
			<WordCaptions words={captions.words} style={captions.style} format={format} language={captions.language} />
		</AbsoluteFill>
	);
};
