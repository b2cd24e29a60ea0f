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
import { splitTimeline } from '../shared/split-timeline.js';
import { TextCard } from '../shared/TextCard.js';
import type { ClipStoryProps } from './schema.js';

/** A montage of discovered clips: hook card, narration with captions, and a call-to-action end card. */
export const ClipStory: React.FC<ClipStoryProps> = (props) => {
	const { fps, durationInFrames } = useVideoConfig();
	const { clips, hook, endCard, captions, segments, format } = props;
	const font = useCaptionFont(captions.style.font);
	const spans = useMemo(() => speechSpansOf(captions.words), [captions.words]);
	const duck = (frame: number) => (props.voiceover ? duckUnderSpeech((frame / fps) * 1000, spans, props.duckClipsUnderVoiceover) : 1);

	const ctaSegment = segments.find((segment) => segment.kind === 'cta');
	const endFrames = endCard.text
		? Math.min(durationInFrames - 1, ctaSegment ? durationInFrames - Math.floor((ctaSegment.startMs / 1000) * fps) : Math.round(endCard.durationSeconds * fps))
		: 0;
	const clipFrames = durationInFrames - endFrames;
	const slots = splitTimeline(
		clipFrames,
		clips.map((clip) => (clip.durationSeconds ? Math.round(clip.durationSeconds * fps) : undefined)),
	);
	const hookSegment = segments.find((segment) => segment.kind === 'hook');
	const hookFrames = Math.max(1, Math.round((hookSegment ? hookSegment.endMs / 1000 : hook.durationSeconds) * fps));

	return (
		<AbsoluteFill style={{ backgroundColor: '#000' }}>
			<Interrupted schedule={props.interrupts} words={captions.words}>
				{clips.map((clip, index) => {
					const slot = slots[index];
					return slot ? (
						<Sequence key={`clip-${slot.from}`} from={slot.from} durationInFrames={slot.durationInFrames} name={`Clip ${index + 1}`}>
							<ClipVideo clip={clip} volumeScale={(frame) => duck(frame + slot.from)} />
						</Sequence>
					) : null;
				})}
			</Interrupted>
			{hook.text ? (
				<Sequence durationInFrames={Math.min(hookFrames, clipFrames)} name="Hook">
					<SafeArea format={format} style={{ justifyContent: 'flex-start', alignItems: 'center', paddingTop: '6%' }}>
						<TextCard
							text={hook.text}
							fontFamily={font.fontFamily}
							fontSizePx={captions.style.fontSizePx * 0.9}
							color="#111"
							background={props.accentColor}
							durationInFrames={Math.min(hookFrames, clipFrames)}
						/>
					</SafeArea>
				</Sequence>
			) : null}
			<WordCaptions words={captions.words} style={captions.style} format={format} />
			{endFrames > 0 ? (
				<Sequence from={clipFrames} durationInFrames={endFrames} name="End card">
					<AbsoluteFill style={{ backgroundColor: endCard.backgroundColor }}>
						<SafeArea format={format} style={{ justifyContent: 'center', alignItems: 'center' }}>
							<TextCard
								text={endCard.text}
								fontFamily={font.fontFamily}
								fontSizePx={captions.style.fontSizePx * 1.1}
								color="#111"
								background={props.accentColor}
								durationInFrames={endFrames + Math.round(fps)}
							/>
						</SafeArea>
					</AbsoluteFill>
				</Sequence>
			) : null}
			<Soundtrack voiceover={props.voiceover} music={props.music} words={captions.words} />
		</AbsoluteFill>
	);
};
