import fs from 'node:fs';
import { segmentWords } from '../../../compositions/captions/segment-words.js';
import type { TranscriptWord } from '../transcript-word.js';
import { TranscriptionError, type TranscriptionProvider } from '../transcription-provider.js';
import { alignmentGrammarOf } from './alignment-grammar-of.js';
import { pronounceWithEspeak } from './pronounce-with-espeak.js';
import { DEBIAN_EN_US_MODEL, type PocketsphinxModel, runPocketsphinxBatch } from './run-pocketsphinx-batch.js';

/** What the dictionary spells a written word as: lower case, letters, digits and apostrophes only. */
const tokenOf = (word: string) =>
	word
		.toLowerCase()
		.replace(/[’]/g, "'")
		.replace(/[^\p{L}\p{N}']/gu, '');

let dictionaryWords: Promise<Set<string>> | null = null;
const dictionaryOf = (model: PocketsphinxModel) => {
	dictionaryWords ??= fs.promises.readFile(model.dictionary, 'utf8').then((text) => new Set(text.split('\n').map((line) => line.split(/\s/)[0] ?? '')));
	return dictionaryWords;
};

const refuseLanguage = (language: string | null) => {
	if (language !== null && language !== 'en') {
		throw new TranscriptionError(
			'unsupported-language',
			`The offline recogniser (PocketSphinx) has an English model only, but language is "${language}": choose provider whisper-cpp, elevenlabs or openai`,
			false,
		);
	}
};

/**
 * The default recogniser: PocketSphinx with Debian's US English model, offline, no account, no download. It recognises
 * (weakly: a small 2015 model; see the README's accuracy table) and, better, aligns a known text to the audio with a
 * grammar that accepts only that text, so each written word gets the time it is spoken.
 */
export const createPocketsphinxProvider = ({ model = DEBIAN_EN_US_MODEL }: { model?: PocketsphinxModel } = {}): TranscriptionProvider => ({
	id: 'offline',
	model: 'pocketsphinx-en-us',
	languages: ['en'],
	maxDurationMs: 30 * 60_000,
	transcribe: async (request) => {
		refuseLanguage(request.language);
		const heard = await runPocketsphinxBatch(request.audioPath, { model, signal: request.signal });
		return {
			language: 'en',
			words: heard.map((word): TranscriptWord => ({ text: word.word, startMs: word.startMs, endMs: word.endMs, confidence: word.confidence, emphasis: false })),
		};
	},
	align: async (request) => {
		refuseLanguage(request.language);
		const spans = segmentWords(request.text, 'en');
		const written = spans.map(({ start, end }) => request.text.slice(start, end));
		const known = await dictionaryOf(model);
		const extra: string[] = [];
		const tokens: (string | null)[] = [];
		for (const word of written) {
			const token = tokenOf(word);
			if (token === '') tokens.push(null);
			else if (known.has(token)) tokens.push(token);
			else {
				const phones = await pronounceWithEspeak(word, request.signal);
				if (phones) extra.push(`${token} ${phones.join(' ')}`);
				tokens.push(phones ? token : null);
			}
		}
		const spoken = tokens.filter((token): token is string => token !== null);
		if (spoken.length === 0) return { language: 'en', words: [] };
		const alignWith = (beam: string, wordBeam: string) =>
			runPocketsphinxBatch(request.audioPath, {
				model,
				grammar: alignmentGrammarOf(spoken),
				...(extra.length > 0 ? { extraDictionary: `${[...new Set(extra)].join('\n')}\n` } : {}),
				beam,
				wordBeam,
				signal: request.signal,
			});
		let placed = await alignWith('1e-100', '1e-80');
		// A search pruned before the grammar's end places nothing; a wider one (slower) usually gets through.
		if (placed.length !== spoken.length) placed = await alignWith('1e-200', '1e-160');
		if (placed.length !== spoken.length) {
			throw new TranscriptionError(
				'upstream',
				`PocketSphinx placed ${placed.length} of the ${spoken.length} words of the text: does the audio say it? (captions.source align needs the words as spoken)`,
				false,
			);
		}
		// Words it could not pronounce (symbols only) share the gap between their neighbours.
		const words: TranscriptWord[] = [];
		let next = 0;
		for (const [index, word] of written.entries()) {
			const hit = tokens[index] !== null ? placed[next++] : undefined;
			const previousEnd = words.at(-1)?.endMs ?? 0;
			const startMs = hit?.startMs ?? previousEnd;
			const endMs = hit?.endMs ?? placed[next]?.startMs ?? startMs;
			words.push({ text: word, startMs, endMs: Math.max(startMs, endMs), confidence: hit?.confidence ?? null, emphasis: false });
		}
		return { language: 'en', words };
	},
});
