import path from 'node:path';
import { extractSpeechAudio } from '../core/transcription/extract-speech-audio.js';
import { createPocketsphinxProvider } from '../core/transcription/pocketsphinx/create-pocketsphinx-provider.js';
import { makeSpeechClip, type SpeechClipSpec } from '../tests/support/make-speech-clip.js';
import { wordAccuracy } from '../tests/support/word-accuracy.js';
import type { Benchmark } from './benchmark.js';

/**
 * The clips the accuracy is measured on, made offline with eSpeak NG (whose word events give the true timings):
 * two voices over a background clip, and a slower speaker recorded over a phone-quality line and played 20 % faster.
 */
export const ACCURACY_CLIPS: SpeechClipSpec[] = [
	{
		name: 'two-voices',
		segments: [
			{ voice: 'en-us', rate: 170, text: 'Captions make short videos easier to follow, even with the sound turned off.' },
			{ voice: 'en-gb-x-rp', rate: 150, text: 'Three editing habits doubled my watch time in one week.' },
		],
	},
	{
		name: 'phone-rate',
		segments: [
			{ voice: 'en-gb-scotland', rate: 130, text: 'The camera was cheap and the light was free, but the story took me a whole weekend to get right.' },
		],
		recordedAtHz: 8000,
		tempo: 1.2,
		backgroundVolume: 0.05,
	},
];

/**
 * Word error rate and word timing error of every speech-to-text provider that can run on this machine, on clips whose
 * words and timings are known. Only the offline one (PocketSphinx, recognising and aligning) runs here: whisper.cpp
 * needs a model download and the others an account. `npm run bench -- transcription-accuracy`
 */
export const transcriptionAccuracyBenchmark: Benchmark = {
	name: 'transcription-accuracy',
	run: async ({ workDir }) => {
		const provider = createPocketsphinxProvider();
		const rows: Record<string, unknown>[] = [];
		for (const spec of ACCURACY_CLIPS) {
			const clip = await makeSpeechClip(path.join(workDir, spec.name), spec);
			const audio = await extractSpeechAudio(clip.file, workDir);
			if (!audio.path) throw new Error(`${spec.name} has no audio`);
			const request = { audioPath: audio.path, durationMs: audio.durationMs, language: 'en' };
			for (const mode of ['transcribe', 'align'] as const) {
				const started = Date.now();
				const result = mode === 'align' && provider.align ? await provider.align({ ...request, text: clip.text }) : await provider.transcribe(request);
				const elapsedMs = Date.now() - started;
				rows.push({
					clip: spec.name,
					provider: `offline (PocketSphinx ${mode === 'align' ? 'alignment' : 'recognition'})`,
					audioSeconds: Math.round(audio.durationMs / 100) / 10,
					realTimeFactor: Math.round((elapsedMs / audio.durationMs) * 100) / 100,
					...wordAccuracy(clip.reference, result.words),
					heard: result.words.map((word) => word.text).join(' '),
				});
			}
		}
		console.table(rows.map(({ heard: _heard, ...row }) => row));
		return { rows };
	},
};
