import fs from 'node:fs';
import path from 'node:path';
import { openMigratedDatabase } from '../core/db/open-migrated-database.js';
import { createLocalStorage } from '../core/storage/local/create-local-storage.js';
import { captionWordsFromTimings } from '../core/voiceover/caption-words-from-timings.js';
import { createEspeakProvider } from '../core/voiceover/create-espeak-provider.js';
import { decodeToPcm, PCM_SAMPLE_RATE } from '../core/voiceover/pcm-audio.js';
import { synthesizeVoiceover } from '../core/voiceover/synthesize-voiceover.js';
import { voiceoverSpecSchema } from '../core/voiceover/voiceover-spec.js';
import { DEFAULT_WORKSPACE_ID } from '../core/workspaces/default-workspace.js';
import { scopeStorage } from '../core/workspaces/scope-storage.js';
import type { Benchmark } from './benchmark.js';
import { detectSpeechOnsets } from './detect-speech-onsets.js';

const texts = [
	'Stop scrolling. This is the editing trick nobody talks about, and it takes ten seconds.',
	'Three habits doubled my watch time: cut the intro, caption every word, and change the picture every two seconds.',
	'Pizza, tacos, burgers, sushi. Which one wins? Comment below, then follow for part two.',
	'The camera was cheap. The light was free. The story, however, took me a whole weekend to get right.',
];
const MATCH_WINDOW_MS = 250;

const round = (value: number) => Math.round(value * 10) / 10;
const meanAbs = (errors: number[]) => round(errors.reduce((sum, error) => sum + Math.abs(error), 0) / Math.max(1, errors.length));
const maxAbs = (errors: number[]) => round(Math.max(0, ...errors.map(Math.abs)));

/** Signed error (word start minus onset) of each onset that has a caption word start within the match window. */
const matchOnsets = (onsets: number[], starts: number[]): number[] =>
	onsets.flatMap((onset) => {
		const nearest = starts.reduce((best, start) => (Math.abs(start - onset) < Math.abs(best - onset) ? start : best), Number.POSITIVE_INFINITY);
		return Math.abs(nearest - onset) <= MATCH_WINDOW_MS ? [nearest - onset] : [];
	});

/**
 * How closely caption word starts follow the offline voice: speech onsets found in the normalised audio,
 * each matched to the nearest caption word start.
 */
export const captionSyncBenchmark: Benchmark = {
	name: 'caption-sync',
	run: async ({ workDir }) => {
		const { db } = await openMigratedDatabase(`file:${path.join(workDir, 'caption-sync.db')}`);
		const storage = scopeStorage(createLocalStorage(path.join(workDir, 'storage')), DEFAULT_WORKSPACE_ID);
		const deps = { db, storage, providers: { offline: createEspeakProvider() }, targetLufs: -14 };
		// Onsets after a pause of 100 ms or more start a phrase: the word there is unambiguous. Shorter gaps
		// (40 ms) also catch stop-consonant closures inside words, whose "onset" is no word start; reported apart.
		const phrase: number[] = [];
		const any: number[] = [];
		let words = 0;
		for (const text of texts) {
			const voiceover = await synthesizeVoiceover(text, voiceoverSpecSchema.parse({}), deps);
			const audio = await storage.openLocal(voiceover.audioKey);
			const samples = await decodeToPcm(fs.readFileSync(audio.path));
			audio.release();
			const starts = captionWordsFromTimings(voiceover.words, []).map((word) => word.startMs);
			words += starts.length;
			phrase.push(...matchOnsets(detectSpeechOnsets(samples, PCM_SAMPLE_RATE, { minSilenceMs: 100 }), starts));
			any.push(...matchOnsets(detectSpeechOnsets(samples, PCM_SAMPLE_RATE, { minSilenceMs: 40 }), starts));
		}
		await db.$disconnect();
		return {
			texts: texts.length,
			captionWords: words,
			phraseOnsets: phrase.length,
			meanAbsErrorMs: meanAbs(phrase),
			maxAbsErrorMs: maxAbs(phrase),
			meanSignedErrorMs: round(phrase.reduce((a, b) => a + b, 0) / Math.max(1, phrase.length)),
			allOnsets: any.length,
			allOnsetsMeanAbsErrorMs: meanAbs(any),
			allOnsetsMaxAbsErrorMs: maxAbs(any),
			method:
				'espeak-ng word events (libespeak-ng via FFI); onsets: 10 ms RMS windows rising above -30 dB of peak after >= 100 ms below -40 dB, sustained 40 ms; each matched to the nearest caption word start within 250 ms',
			targets: { meanAbsErrorMs: 50, maxAbsErrorMs: 120 },
		};
	},
};
