import type React from 'react';
import { AbsoluteFill, Sequence, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { SafeArea } from '../shared/SafeArea.js';
import type { VideoFormat } from '../shared/video-format.js';
import { CaptionToken } from './CaptionToken.js';
import type { CaptionLanguage, CaptionStyle, CaptionWord } from './caption-word-schema.js';
import { type CaptionPage, pageCaptions } from './page-captions.js';
import { directionOf } from './segment-words.js';
import { useCaptionFont } from './use-caption-font.js';

/** The first frame whose time is at or after `ms`. */
const firstFrameAt = (ms: number, fps: number) => Math.ceil((ms / 1000) * fps - 1e-9);

const justifyFor = { top: 'flex-start', center: 'center', bottom: 'flex-end' } as const;

const Page: React.FC<{
	page: CaptionPage;
	style: CaptionStyle;
	font: { fontFamily: string; fontWeight: number };
	fromFrame: number;
	language: CaptionLanguage;
}> = ({ page, style, font, fromFrame, language }) => {
	const frame = useCurrentFrame();
	const { fps } = useVideoConfig();
	// Inside a <Sequence> frames count from its start; time is taken from the absolute frame so that
	// a word lights on the first frame at or after its start, never a frame early or late.
	const timeMs = ((fromFrame + frame) / fps) * 1000;
	const entrance = spring({ frame, fps, config: { damping: 14, mass: 0.6 }, durationInFrames: Math.round(fps * 0.25) });
	const scale = style.preset === 'pop' ? 0.55 + 0.45 * entrance : 0.92 + 0.08 * entrance;
	return (
		<AbsoluteFill style={{ justifyContent: justifyFor[style.position], alignItems: 'center' }}>
			<div
				// Arabic and Hebrew pages run right to left: tokens stay in spoken order, the browser lays them out in reading order.
				dir={directionOf(page.text)}
				lang={language === 'auto' ? undefined : language}
				style={{
					...font,
					fontSize: style.preset === 'pop' ? style.fontSizePx * 1.35 : style.fontSizePx,
					lineHeight: 1.2,
					textAlign: 'center',
					textTransform: style.uppercase ? 'uppercase' : 'none',
					WebkitTextStroke: style.preset === 'outline' ? undefined : `${Math.max(2, Math.round(style.fontSizePx / 14))}px black`,
					paintOrder: 'stroke',
					textShadow: style.preset === 'outline' ? 'none' : '0 6px 18px rgba(0,0,0,0.55)',
					whiteSpace: 'pre-wrap',
					transform: `scale(${scale})`,
				}}
			>
				{page.tokens.map((token) => (
					<CaptionToken
						key={token.fromMs}
						text={token.text}
						style={style}
						state={{ active: timeMs >= token.fromMs && timeMs < token.toMs, emphasised: page.emphasisStarts.has(token.fromMs) }}
					/>
				))}
			</div>
		</AbsoluteFill>
	);
};

/** Word-by-word captions inside the format's safe zone: one page at a time, the spoken word marked by the preset. */
export const WordCaptions: React.FC<{ words: readonly CaptionWord[]; style: CaptionStyle; format: VideoFormat; language?: CaptionLanguage }> = ({
	words,
	style,
	format,
	language = 'auto',
}) => {
	const { fps } = useVideoConfig();
	const font = useCaptionFont(style.font, words.map((word) => word.text).join(' '), language);
	const pages = pageCaptions(words, style.pageDurationMs, style.preset === 'pop' ? 1 : style.maxWordsPerPage);
	return (
		<SafeArea format={format}>
			{pages.map((page, index) => {
				const from = firstFrameAt(page.startMs, fps);
				const nextStartMs = pages[index + 1]?.startMs ?? page.startMs + page.durationMs;
				const to = firstFrameAt(nextStartMs, fps);
				if (to <= from) return null;
				return (
					<Sequence key={page.startMs} from={from} durationInFrames={to - from} layout="none" name={`Caption ${index + 1}`}>
						<Page page={page} style={style} font={font} fromFrame={from} language={language} />
					</Sequence>
				);
			})}
		</SafeArea>
	);
};
