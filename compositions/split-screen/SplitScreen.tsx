import type React from 'react';
import { useMemo } from 'react';
import { AbsoluteFill, useVideoConfig } from 'remotion';
import { WordCaptions } from '../captions/WordCaptions.js';
import { Interrupted } from '../interrupts/Interrupted.js';
import { ClipVideo } from '../shared/ClipVideo.js';
import { duckUnderSpeech, speechSpansOf } from '../shared/duck-under-speech.js';
import { Soundtrack } from '../shared/Soundtrack.js';
import type { SplitScreenProps } from './schema.js';

/** A story clip over a looping second clip, captions on the seam between them. Side by side in 16:9. */
export const SplitScreen: React.FC<SplitScreenProps> = (props) => {
	const { fps } = useVideoConfig();
	const spans = useMemo(() => speechSpansOf(props.captions.words), [props.captions.words]);
	const duck = (frame: number) => (props.voiceover ? duckUnderSpeech((frame / fps) * 1000, spans, props.duckClipsUnderVoiceover) : 1);
	const sideBySide = props.format === '16:9';
	const share = `${props.topShare * 100}%`;
	const rest = `${(1 - props.topShare) * 100}%`;
	const divider = 6;
	return (
		<AbsoluteFill style={{ backgroundColor: props.dividerColor }}>
			<Interrupted schedule={props.interrupts} words={props.captions.words}>
				<AbsoluteFill style={sideBySide ? { width: share, paddingRight: divider / 2 } : { height: share, paddingBottom: divider / 2 }}>
					<ClipVideo clip={props.top} volumeScale={duck} />
				</AbsoluteFill>
				<AbsoluteFill style={sideBySide ? { left: share, width: rest, paddingLeft: divider / 2 } : { top: share, height: rest, paddingTop: divider / 2 }}>
					<ClipVideo clip={props.bottom} volumeScale={duck} />
				</AbsoluteFill>
			</Interrupted>
			<WordCaptions words={props.captions.words} style={props.captions.style} format={props.format} language={props.captions.language} />
			<Soundtrack voiceover={props.voiceover} music={props.music} words={props.captions.words} />
		</AbsoluteFill>
	);
};
