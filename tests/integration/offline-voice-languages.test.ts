import { describe, expect, it } from 'vitest';
import { createEspeakProvider } from '../../core/voiceover/create-espeak-provider.js';
import { loadEspeakLibrary } from '../../core/voiceover/load-espeak-library.js';

const offline = createEspeakProvider();
// The offline voice writes 16-bit mono WAV with a 44-byte header.
const durationMsOf = (wav: Buffer) => ((wav.length - 44) / 2 / loadEspeakLibrary().sampleRate) * 1000;

/** Speech is there and words follow each other: each starts after the one before and inside the audio. */
const expectTimedInOrder = (words: { startMs: number; endMs: number }[], durationMs: number) => {
	for (const [index, word] of words.entries()) {
		expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
		expect(word.startMs).toBeLessThanOrEqual(durationMs);
		if (index > 0) expect(word.startMs).toBeGreaterThan(words[index - 1]?.startMs ?? 0);
	}
};

describe('the offline voice in other languages', () => {
	it.each([
		{ voice: 'cmn', text: '我们今天学习如何制作短视频', words: ['我们', '今天', '学习', '如何', '制作', '短', '视频'] },
		{ voice: 'zh', text: '我们今天学习', words: ['我们', '今天', '学习'] },
		{ voice: 'hi', text: 'आज हम छोटा वीडियो बनाना सीखेंगे', words: ['आज', 'हम', 'छोटा', 'वीडियो', 'बनाना', 'सीखेंगे'] },
		{ voice: 'ar', text: 'مرحبا بكم في عالم الفيديو', words: ['مرحبا', 'بكم', 'في', 'عالم', 'الفيديو'] },
		{ voice: 'ja', text: '今日は短い動画の作り方を学びます', words: ['今日', 'は', '短い', '動画', 'の', '作り方', 'を', '学び', 'ます'] },
	])('speaks $voice and times each word as captions split it', async ({ voice, text, words }) => {
		const speech = await offline.synthesize({ text, voice, settings: {} });
		expect(speech.words.map((word) => word.text)).toEqual(words);
		expect(durationMsOf(speech.audio)).toBeGreaterThan(500);
		expectTimedInOrder(speech.words, durationMsOf(speech.audio));
	});
});
