import type React from 'react';
import type { CaptionStyle } from './caption-word-schema.js';

export type TokenState = { active: boolean; emphasised: boolean };

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** A word's emoji drawn without the caption's text stroke: a stroked colour glyph comes out blank. */
const strokelessEmoji = (word: string): React.ReactNode => {
	if (!PICTOGRAPHIC.test(word)) return word;
	const runs: { emoji: boolean; text: string }[] = [];
	for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word)) {
		const emoji = PICTOGRAPHIC.test(segment);
		const last = runs.at(-1);
		if (last && last.emoji === emoji) last.text += segment;
		else runs.push({ emoji, text: segment });
	}
	return runs.map((run, index) =>
		run.emoji ? (
			// biome-ignore lint/suspicious/noArrayIndexKey: runs of one word never reorder
			<span key={index} style={{ WebkitTextStroke: '0px' }}>
				{run.text}
			</span>
		) : (
			run.text
		),
	);
};

const emojiFor = (text: string, emoji: CaptionStyle['emoji']) => {
	const key = text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}'’]/gu, '');
	return Object.entries(emoji).find(([word]) => word.toLowerCase() === key)?.[1] ?? null;
};

/** One word of a caption page, drawn as the preset says. Text is rendered as text, never as HTML. */
export const CaptionToken: React.FC<{ text: string; state: TokenState; style: CaptionStyle }> = ({ text, state, style }) => {
	const leading = text.startsWith(' ') ? ' ' : '';
	const word = text.trimStart();
	const emoji = emojiFor(word, style.emoji);
	const restingColor = state.emphasised ? style.emphasisColor : style.textColor;
	const stroke = Math.max(2, Math.round(style.fontSizePx / 14));
	let css: React.CSSProperties;
	switch (style.preset) {
		case 'pill':
			css = state.active
				? { color: style.textColor, backgroundColor: style.pillColor, borderRadius: style.fontSizePx * 0.3, padding: '0 0.18em', WebkitTextStroke: '0px' }
				: { color: restingColor };
			break;
		case 'outline':
			css = state.active ? { color: style.highlightColor } : { color: 'transparent', WebkitTextStroke: `${stroke}px ${restingColor}` };
			break;
		default:
			css = { color: state.active ? style.highlightColor : restingColor };
	}
	return (
		<>
			{leading}
			<span data-active={state.active || undefined} style={{ display: 'inline-block', ...css }}>
				{strokelessEmoji(word)}
				{emoji ? <span style={{ WebkitTextStroke: '0px', marginLeft: '0.15em' }}>{emoji}</span> : null}
			</span>
		</>
	);
};
