import { linearTiming, TransitionSeries } from '@remotion/transitions';
import type React from 'react';
import { Fragment, useMemo } from 'react';
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
import { crossfadeVolume, cutTimeline } from '../transitions/cut-timeline.js';
import { presentationOf } from '../transitions/presentation-of.js';
import { transitionAt } from '../transitions/transition-schema.js';
import { endCardStart } from './end-card-start.js';
import type { ClipStoryProps } from './schema.js';

/** A montage of discovered clips: hook card, narration with captions, and a call-to-action end card. */
export const ClipStory: React.FC<ClipStoryProps> = (props) => {
	const { fps, durationInFrames, width, height } = useVideoConfig();
	const { clips, hook, endCard, captions, segments, format } = props;
	const font = useCaptionFont(captions.style.font, `${hook.text} ${endCard.text}`, captions.language);
	const spans = useMemo(() => speechSpansOf(captions.words), [captions.words]);
	const duck = (frame: number) => (props.voiceover ? duckUnderSpeech((frame / fps) * 1000, spans, props.duckClipsUnderVoiceover) : 1);

	const endFrames = endCard.text
		? durationInFrames - endCardStart({ durationInFrames, fps, cardSeconds: endCard.durationSeconds, segments, words: captions.words })
		: 0;
	const clipFrames = durationInFrames - endFrames;
	const slots = splitTimeline(
		clipFrames,
		clips.map((clip) => (clip.durationSeconds ? Math.round(clip.durationSeconds * fps) : undefined)),
	);
	const cuts = cutTimeline(
		slots,
		slots.map((_, index) => {
			const transition = transitionAt(props.transitions, index);
			return transition.kind === 'none' ? 0 : Math.round((transition.durationMs / 1000) * fps);
		}),
	);
	const hookSegment = segments.find((segment) => segment.kind === 'hook');
	const hookFrames = Math.max(1, Math.round((hookSegment ? hookSegment.endMs / 1000 : hook.durationSeconds) * fps));

	return (
		<AbsoluteFill style={{ backgroundColor: '#000' }}>
			<Interrupted schedule={props.interrupts} words={captions.words}>
				<TransitionSeries name="Clips">
					{clips.map((clip, index) => {
						const cut = cuts[index];
						if (!cut) return null;
						const presentation = cut.outFrames > 0 ? presentationOf(transitionAt(props.transitions, index), { width, height }) : null;
						return (
							<Fragment key={`clip-${cut.from}`}>
								<TransitionSeries.Sequence durationInFrames={cut.playFrames} name={`Clip ${index + 1}`}>
									<ClipVideo clip={clip} volumeScale={(frame) => duck(frame + cut.from) * crossfadeVolume(cut, frame)} />
								</TransitionSeries.Sequence>
								{presentation ? <TransitionSeries.Transition presentation={presentation} timing={linearTiming({ durationInFrames: cut.outFrames })} /> : null}
							</Fragment>
						);
					})}
				</TransitionSeries>
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
			{/* Above the end card: a call to action spoken over the card keeps its captions. */}
			<WordCaptions words={captions.words} style={captions.style} format={format} language={captions.language} />
			<Soundtrack voiceover={props.voiceover} music={props.music} words={captions.words} />
		</AbsoluteFill>
	);
};
