import type React from 'react';
import { AbsoluteFill, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { useCaptionFont } from '../captions/use-caption-font.js';
import { WordCaptions } from '../captions/WordCaptions.js';
import { Interrupted } from '../interrupts/Interrupted.js';
import { MovingGradient } from '../shared/MovingGradient.js';
import { SafeArea } from '../shared/SafeArea.js';
import { Soundtrack } from '../shared/Soundtrack.js';
import type { QuoteCardProps } from './schema.js';

/** Text first: the quote builds word by word over a moving gradient, the word being spoken highlighted. */
export const QuoteCard: React.FC<QuoteCardProps> = (props) => {
	const frame = useCurrentFrame();
	const { fps, durationInFrames } = useVideoConfig();
	const font = useCaptionFont(props.captions.style.font, `${props.quote} ${props.author}`, props.captions.language);
	const timeMs = (frame / fps) * 1000;
	const quoteWords = [...props.quote.matchAll(/\S+/g)].map((match) => ({ word: match[0], at: match.index }));
	// Spoken timings when the narration says the quote; otherwise the words arrive evenly over the first 70 %.
	const spoken = props.captions.words;
	const startOf = (index: number) =>
		spoken.length >= quoteWords.length ? (spoken[index]?.startMs ?? 0) : ((index / quoteWords.length) * 0.7 * durationInFrames * 1000) / fps;
	const endOf = (index: number) => (spoken.length >= quoteWords.length ? (spoken[index]?.endMs ?? 0) : startOf(index + 1));
	const authorIn = spring({ frame: frame - Math.round(durationInFrames * 0.6), fps, config: { damping: 200 } });
	return (
		<AbsoluteFill>
			<Interrupted schedule={props.interrupts} words={props.captions.words}>
				<MovingGradient colors={props.colors} />
			</Interrupted>
			<SafeArea format={props.format} style={{ justifyContent: 'center', alignItems: 'center', gap: props.fontSizePx * 0.6 }}>
				<div style={{ ...font, fontSize: props.fontSizePx, lineHeight: 1.2, color: props.textColor, textAlign: 'center' }}>
					<span style={{ opacity: 0.5 }}>“</span>
					{quoteWords.map(({ word, at }, index) => {
						const appear = interpolate(timeMs, [startOf(index) - 120, startOf(index)], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
						const active = timeMs >= startOf(index) && timeMs < endOf(index);
						return (
							<span
								key={at}
								style={{
									opacity: appear,
									color: active ? props.highlightColor : props.textColor,
									display: 'inline-block',
									transform: `translateY(${(1 - appear) * 20}px)`,
								}}
							>
								{index > 0 ? '\u00a0' : ''}
								{word}
							</span>
						);
					})}
					<span style={{ opacity: 0.5 }}>”</span>
				</div>
				{props.author ? (
					<div style={{ ...font, fontSize: props.fontSizePx * 0.45, color: props.textColor, opacity: authorIn, letterSpacing: '0.08em' }}>— {props.author}</div>
				) : null}
			</SafeArea>
			{props.showCaptions ? (
				<WordCaptions words={props.captions.words} style={props.captions.style} format={props.format} language={props.captions.language} />
			) : null}
			<Soundtrack voiceover={props.voiceover} music={props.music} words={props.captions.words} />
		</AbsoluteFill>
	);
};
