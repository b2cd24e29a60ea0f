import { z } from 'zod';
import { segmentWords } from '../../compositions/captions/segment-words.js';
import { encodeWav } from './encode-wav.js';
import { ESPEAK_EVENT_WORD, loadEspeakLibrary } from './load-espeak-library.js';
import { trimWordEnd } from './trim-word-end.js';
import { voicedDurationMs } from './voiced-duration-ms.js';
import { VoiceoverError, type VoiceoverProvider, type WordTiming } from './voiceover-provider.js';

const espeakSettingsSchema = z.object({
	rate: z.number().int().min(80).max(450).default(175).describe('Words per minute'),
	pitch: z.number().int().min(0).max(99).default(50),
});

/**
 * Gives every whitespace-separated token of `text` a start time. eSpeak reports most words itself; a few short
 * function words ("the" after "on") it folds into their neighbour, and those share the neighbour's span,
 * split in proportion to `weightOf` each token (the offline voice passes how long each word takes spoken alone).
 */
export const timeTokens = (
	text: string,
	eventStarts: ReadonlyMap<number, number>,
	durationMs: number,
	weightOf: (token: string) => number = (token) => token.length,
	language: string | null = null,
): WordTiming[] => {
	// Words as captions split them: spaces, or a dictionary for Chinese and Japanese (one token per sentence otherwise).
	const tokens = segmentWords(text, language).map(({ start, end }) => ({ text: text.slice(start, end), charStart: start, charEnd: end }));
	const timed = tokens.map((token) => eventStarts.get(token.charStart) ?? null);
	const words: WordTiming[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (!token) continue;
		let startMs = timed[i] ?? null;
		if (startMs === null) {
			// Between the last reported start before this token and the next reported one, by character share.
			let from = i - 1;
			while (from >= 0 && timed[from] === null) from--;
			let to = i + 1;
			while (to < tokens.length && timed[to] === null) to++;
			const spanStart = from >= 0 ? (timed[from] ?? 0) : 0;
			const spanEnd = to < tokens.length ? (timed[to] ?? durationMs) : durationMs;
			const group = tokens.slice(Math.max(0, from), to);
			const total = group.reduce((sum, t) => sum + weightOf(t.text), 0);
			const before = tokens.slice(Math.max(0, from), i).reduce((sum, t) => sum + weightOf(t.text), 0);
			startMs = spanStart + ((spanEnd - spanStart) * before) / Math.max(1, total);
		}
		words.push({ ...token, startMs, endMs: startMs });
	}
	return words;
};

/**
 * The default voice: eSpeak NG, offline, no account. Word timings come from the synthesiser's own word events.
 */
export const createEspeakProvider = ({ defaultVoice = 'en-us' }: { defaultVoice?: string } = {}): VoiceoverProvider => ({
	id: 'offline',
	maxChars: 20_000,
	synthesize: async (request) => {
		const settings = espeakSettingsSchema.safeParse(request.settings);
		if (!settings.success) {
			throw new VoiceoverError(
				'invalid-request',
				`Invalid offline voice settings: ${settings.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
				false,
			);
		}
		const library = loadEspeakLibrary();
		const { samples, events } = library.synthesize(request.text, { voice: request.voice || defaultVoice, ...settings.data });
		const durationMs = (samples.length / library.sampleRate) * 1000;
		const starts = events.filter((event) => event.type === ESPEAK_EVENT_WORD);
		// espeak counts characters from 1; the text is passed as UTF-8 and positions are in code points.
		const codePoints = [...request.text];
		const unitOffsets: number[] = [];
		let offset = 0;
		for (const point of codePoints) {
			unitOffsets.push(offset);
			offset += point.length;
		}
		unitOffsets.push(offset);
		const eventStarts = new Map<number, number>();
		for (const event of starts) {
			const charStart = unitOffsets[Math.max(0, event.textPosition - 1)] ?? request.text.length;
			if (!eventStarts.has(charStart)) eventStarts.set(charStart, event.audioPositionMs);
		}
		const spokenAloneMs = (token: string) => {
			const alone = library.synthesize(token, { voice: request.voice || defaultVoice, ...settings.data }).samples;
			return voicedDurationMs(alone, library.sampleRate);
		};
		const language = (request.voice || defaultVoice).replace(/^cmn|^yue/, 'zh').split(/[-+/]/)[0] ?? null;
		const words = timeTokens(request.text, eventStarts, durationMs, spokenAloneMs, language).map((word, index, all) => ({
			...word,
			endMs: trimWordEnd(samples, library.sampleRate, word.startMs, all[index + 1]?.startMs ?? durationMs),
		}));
		return { audio: encodeWav(samples, library.sampleRate), format: 'wav', words };
	},
});
