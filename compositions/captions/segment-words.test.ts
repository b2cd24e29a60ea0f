import { describe, expect, it } from 'vitest';
import { directionOf, graphemesOf, segmentWords, usesSpaces, wordsOfText } from './segment-words.js';

describe('wordsOfText', () => {
	it('splits spaced scripts on spaces, keeping punctuation and contractions with their word', () => {
		expect(wordsOfText("Don't stop, it's 3.5x faster!")).toEqual(["Don't", 'stop,', "it's", '3.5x', 'faster!']);
		expect(wordsOfText('مرحبا بكم في الفيديو')).toEqual(['مرحبا', 'بكم', 'في', 'الفيديو']);
		expect(wordsOfText('यह एक छोटा वीडियो है')).toEqual(['यह', 'एक', 'छोटा', 'वीडियो', 'है']);
	});

	it('splits Chinese and Japanese into dictionary words, punctuation attached to the word before', () => {
		expect(wordsOfText('我们今天学习如何制作短视频。', 'zh')).toEqual(['我们', '今天', '学习', '如何', '制作', '短', '视频。']);
		expect(wordsOfText('今日は短い動画の作り方を学びます。', 'ja')).toEqual(['今日', 'は', '短い', '動画', 'の', '作り方', 'を', '学び', 'ます。']);
	});

	it('gives offsets into the text it was given, an opening bracket joining the word after it', () => {
		const text = 'Hi 「你好」';
		const spans = segmentWords(text, 'zh');
		expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['Hi', '「你好」']);
	});
});

describe('graphemesOf', () => {
	it('keeps a Devanagari conjunct and an emoji family whole', () => {
		expect(graphemesOf('क्षत्रिय')).toEqual(['क्ष', 'त्रि', 'य']);
		expect(graphemesOf('👨‍👩‍👧!')).toEqual(['👨‍👩‍👧', '!']);
	});
});

describe('directionOf and usesSpaces', () => {
	it('reads Arabic and Hebrew right to left, everything else left to right', () => {
		expect(directionOf('«مرحبا» hello')).toBe('rtl');
		expect(directionOf('שלום')).toBe('rtl');
		expect(directionOf('123 hello مرحبا')).toBe('ltr');
		expect(usesSpaces('视频')).toBe(false);
		expect(usesSpaces('वीडियो')).toBe(true);
	});
});
