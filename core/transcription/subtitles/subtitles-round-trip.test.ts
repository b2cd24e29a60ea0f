import { describe, expect, it } from 'vitest';
import { cuesFromWords } from './cues-from-words.js';
import { parseSubtitles } from './parse-subtitles.js';
import { serializeSubtitles } from './serialize-subtitles.js';
import { wordsFromCues } from './words-from-cues.js';

const SRT = `1
00:00:00,500 --> 00:00:02,250
Captions for any clip,
in any language.

2
00:00:02,400 --> 00:00:04,000
我们今天学习如何制作短视频。

3
00:00:04,100 --> 00:00:06,900
مرحبا بكم في الفيديو

4
00:01:02,003 --> 01:00:00,000
👨‍👩‍👧 family time!
`;

const viaWords = (input: string, format: 'srt' | 'vtt') => {
	const { cues } = parseSubtitles(input);
	return serializeSubtitles(cuesFromWords(wordsFromCues(cues, null)), format);
};

describe('subtitles through timed words', () => {
	it('gives the same SRT back: cues, times, line breaks, CJK without spaces and RTL text unchanged', () => {
		expect(viaWords(SRT, 'srt')).toBe(SRT);
	});

	it('reads the same cues from the WebVTT it writes', () => {
		const vtt = viaWords(SRT, 'vtt');
		expect(vtt.startsWith('WEBVTT\n\n00:00:00.500 --> 00:00:02.250\nCaptions for any clip,\nin any language.\n')).toBe(true);
		expect(parseSubtitles(vtt).cues).toEqual(parseSubtitles(SRT).cues);
	});

	it('spreads a cue over its words by length, first word at the cue start and last at its end', () => {
		const words = wordsFromCues(parseSubtitles(SRT).cues, 'zh').filter((word) => word.cue === 1);
		expect(words.map((word) => word.text)).toEqual(['我们', '今天', '学习', '如何', '制作', '短', '视频。']);
		expect(words[0]?.startMs).toBe(2400);
		expect(words.at(-1)?.endMs).toBe(4000);
		for (const [index, word] of words.entries()) if (index > 0) expect(word.startMs).toBe(words[index - 1]?.endMs);
	});

	it('skips WebVTT markup and settings, and refuses a file without cues in one line', () => {
		const { cues } = parseSubtitles('WEBVTT\n\nNOTE hi\n\nintro\n00:01.000 --> 00:02.000 align:start\n<v Anna>Hello <c.loud>there</c>\n');
		expect(cues).toEqual([{ startMs: 1000, endMs: 2000, text: 'Hello there' }]);
		expect(() => parseSubtitles('just some text')).toThrow(/no cues/);
	});
});

describe('cuesFromWords', () => {
	const timed = (text: string, index: number) => ({ text, startMs: index * 300, endMs: index * 300 + 250 });

	it('breaks lines between words at 42 graphemes, never inside a grapheme, at most two lines a cue', () => {
		const words = 'नमस्ते दोस्तों आज हम क्षत्रिय इतिहास के बारे में सीखेंगे और 👨‍👩‍👧 परिवार के साथ समय बिताएंगे'.split(' ').map(timed);
		const cues = cuesFromWords(words, { maxCharsPerLine: 20, maxLines: 2, maxDurationMs: 60_000, maxGapMs: 1000 });
		const text = cues.map((cue) => cue.text).join('\n');
		expect(text.replace(/\n/g, ' ')).toBe(words.map((word) => word.text).join(' '));
		for (const cue of cues) expect(cue.text.split('\n').length).toBeLessThanOrEqual(2);
		expect(text).toContain('👨‍👩‍👧');
		expect(text).toContain('क्षत्रिय');
	});

	it('starts a new cue after a pause', () => {
		const cues = cuesFromWords([timed('one', 0), timed('two', 1), { text: 'three', startMs: 5000, endMs: 5400 }]);
		expect(cues).toEqual([
			{ startMs: 0, endMs: 550, text: 'one two' },
			{ startMs: 5000, endMs: 5400, text: 'three' },
		]);
	});
});
