import type React from 'react';
import { useMemo } from 'react';
import { AbsoluteFill, Sequence, useVideoConfig } from 'remotion';
import { useCaptionFont } from '../captions/use-caption-font.js';
import { WordCaptions } from '../captions/WordCaptions.js';
import { Interrupted } from '../interrupts/Interrupted.js';
import { ClipVideo } from '../shared/ClipVideo.js';
import { duckUnderSpeech, speechSpansOf } from '../shared/duck-under-speech.js';
import { SafeArea } from '../shared/SafeArea.js';
import { Soundtrack } from '../shared/Soundtrack.js';
import { TextCard } from '../shared/TextCard.js';
import { itemSlots } from './item-slots.js';
import type { ListicleProps } from './schema.js';

/** Numbered points, each over its own clip, with the number and the point's text as a header. */
export const Listicle: React.FC<ListicleProps> = (props) => {
	const { fps, durationInFrames } = useVideoConfig();
	const font = useCaptionFont(props.captions.style.font);
	const spans = useMemo(() => speechSpansOf(props.captions.words), [props.captions.words]);
	const duck = (frame: number) => (props.voiceover ? duckUnderSpeech((frame / fps) * 1000, spans, props.duckClipsUnderVoiceover) : 1);
	const titleFrames = props.title ? Math.round(1.5 * fps) : 0;
	const slots = itemSlots(props.items.length, durationInFrames, fps, props.segments, titleFrames);
	const size = props.captions.style.fontSizePx;
	return (
		<AbsoluteFill style={{ backgroundColor: '#000' }}>
			<Interrupted schedule={props.interrupts} words={props.captions.words}>
				{props.items.map((item, index) => {
					const slot = slots.items[index];
					if (!slot) return null;
					const number = props.countDown ? props.items.length - index : index + 1;
					// The first clip also plays under the title.
					const from = index === 0 ? 0 : slot.from;
					const length = slot.durationInFrames + slot.from - from;
					return (
						<Sequence key={`item-${slot.from}`} from={from} durationInFrames={length} name={`Item ${number}`}>
							<ClipVideo clip={item.clip} volumeScale={(frame) => duck(frame + from)} />
							<Sequence from={slot.from - from} durationInFrames={slot.durationInFrames} layout="none">
								<SafeArea format={props.format} style={{ justifyContent: 'flex-start', alignItems: 'flex-start', gap: size * 0.2 }}>
									<div
										style={{
											fontFamily: font.fontFamily,
											fontWeight: 900,
											fontSize: size * 1.6,
											color: props.accentColor,
											WebkitTextStroke: `${Math.round(size / 14)}px #000`,
											paintOrder: 'stroke',
											lineHeight: 1,
										}}
									>
										{number}
									</div>
									<TextCard
										text={item.text}
										fontFamily={font.fontFamily}
										fontSizePx={size * 0.7}
										color="#111"
										background="#FFFFFF"
										durationInFrames={slot.durationInFrames + fps}
									/>
								</SafeArea>
							</Sequence>
						</Sequence>
					);
				})}
			</Interrupted>
			{props.title ? (
				<Sequence durationInFrames={slots.title.durationInFrames} name="Title">
					<SafeArea format={props.format} style={{ justifyContent: 'center', alignItems: 'center' }}>
						<TextCard
							text={props.title}
							fontFamily={font.fontFamily}
							fontSizePx={size}
							color="#111"
							background={props.accentColor}
							durationInFrames={slots.title.durationInFrames}
						/>
					</SafeArea>
				</Sequence>
			) : null}
			<WordCaptions words={props.captions.words} style={props.captions.style} format={props.format} language={props.captions.language} />
			<Soundtrack voiceover={props.voiceover} music={props.music} words={props.captions.words} />
		</AbsoluteFill>
	);
};
