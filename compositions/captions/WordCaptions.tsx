import type React from 'react';
import { AbsoluteFill, Sequence, useCurrentFrame, useVideoConfig } from 'remotion';
import type { CaptionStyle, CaptionWord } from './caption-word-schema.js';
import { type CaptionPage, pageCaptions } from './page-captions.js';
import { useCaptionFont } from './use-caption-font.js';

/** The first frame whose time is at or after `ms`. */
const firstFrameAt = (ms: number, fps: number) => Math.ceil((ms / 1000) * fps - 1e-9);

const justifyFor = { top: 'flex-start', center: 'center', bottom: 'flex-end' } as const;

const Page: React.FC<{ page: CaptionPage; style: CaptionStyle; fontFamily: string; fromFrame: number }> = ({ page, style, fontFamily, fromFrame }) => {
	const frame = useCurrentFrame();
	const { fps, height } = useVideoConfig();
	// Inside a <Sequence> frames count from its start; time is taken from the absolute frame so that
	// a word lights on the first frame at or after its start, never a frame early or late.
	const timeMs = ((fromFrame + frame) / fps) * 1000;
	return (
		<AbsoluteFill style={{ justifyContent: justifyFor[style.position], alignItems: 'center', padding: `${Math.round(height * 0.16)}px 8%` }}>
			<div
				style={{
					fontFamily,
					fontWeight: 800,
					fontSize: style.fontSizePx,
					lineHeight: 1.15,
					textAlign: 'center',
					textTransform: style.uppercase ? 'uppercase' : 'none',
					color: style.textColor,
					WebkitTextStroke: `${Math.max(2, Math.round(style.fontSizePx / 14))}px black`,
					paintOrder: 'stroke',
					textShadow: '0 6px 18px rgba(0,0,0,0.55)',
					whiteSpace: 'pre-wrap',
				}}
			>
				{page.tokens.map((token) => {
					const active = timeMs >= token.fromMs && timeMs < token.toMs;
					const emphasised = page.emphasisStarts.has(token.fromMs);
					return (
						<span
							key={token.fromMs}
							data-active={active || undefined}
							style={{ color: active ? style.highlightColor : emphasised ? style.emphasisColor : style.textColor }}
						>
							{token.text}
						</span>
					);
				})}
			</div>
		</AbsoluteFill>
	);
};

/** Word-by-word captions: one page at a time, the spoken word highlighted. Text is rendered as text, never as HTML. */
export const WordCaptions: React.FC<{ words: readonly CaptionWord[]; style: CaptionStyle }> = ({ words, style }) => {
	const { fps } = useVideoConfig();
	const fontFamily = useCaptionFont();
	const pages = pageCaptions(words, style.pageDurationMs);
	return (
		<AbsoluteFill>
			{pages.map((page, index) => {
				const from = firstFrameAt(page.startMs, fps);
				const nextStartMs = pages[index + 1]?.startMs ?? page.startMs + page.durationMs;
				const to = firstFrameAt(nextStartMs, fps);
				if (to <= from) return null;
				return (
					<Sequence key={page.startMs} from={from} durationInFrames={to - from} layout="none" name={`Caption ${index + 1}`}>
						<Page page={page} style={style} fontFamily={fontFamily} fromFrame={from} />
					</Sequence>
				);
			})}
		</AbsoluteFill>
	);
};
