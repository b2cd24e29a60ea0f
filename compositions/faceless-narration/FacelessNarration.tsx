import type React from 'react';
import { AbsoluteFill, Sequence, useVideoConfig } from 'remotion';
import { WordCaptions } from '../captions/WordCaptions.js';
import { Interrupted } from '../interrupts/Interrupted.js';
import { ClipVideo } from '../shared/ClipVideo.js';
import { KenBurnsImage } from '../shared/KenBurnsImage.js';
import { MovingGradient } from '../shared/MovingGradient.js';
import { Soundtrack } from '../shared/Soundtrack.js';
import { splitTimeline } from '../shared/split-timeline.js';
import type { Background, FacelessNarrationProps } from './schema.js';

const BackgroundLayer: React.FC<{ background: Background }> = ({ background }) => {
	switch (background.type) {
		case 'clip':
			return <ClipVideo clip={{ ...background, muted: true }} />;
		case 'image':
			return <KenBurnsImage image={background} />;
		case 'gradient':
			return <MovingGradient colors={background.colors} />;
	}
};

/** No one on camera: backgrounds that keep moving, a narrator, and big captions. */
export const FacelessNarration: React.FC<FacelessNarrationProps> = (props) => {
	const { durationInFrames } = useVideoConfig();
	const slots = splitTimeline(
		durationInFrames,
		props.backgrounds.map(() => undefined),
	);
	return (
		<AbsoluteFill style={{ backgroundColor: '#000' }}>
			<Interrupted schedule={props.interrupts} words={props.captions.words}>
				{props.backgrounds.map((background, index) => {
					const slot = slots[index];
					return slot ? (
						<Sequence key={`background-${slot.from}`} from={slot.from} durationInFrames={slot.durationInFrames} name={`Background ${index + 1}`}>
							<BackgroundLayer background={background} />
						</Sequence>
					) : null;
				})}
			</Interrupted>
			<AbsoluteFill style={{ backgroundColor: `rgba(0,0,0,${props.dimBackground})` }} />
			<WordCaptions words={props.captions.words} style={props.captions.style} format={props.format} language={props.captions.language} />
			<Soundtrack voiceover={props.voiceover} music={props.music} words={props.captions.words} />
		</AbsoluteFill>
	);
};
