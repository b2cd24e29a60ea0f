import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pcmSamplesOf } from '../extract-speech-audio.js';
import { TranscriptionError } from '../transcription-provider.js';
import { type CtmWord, parseCtm } from './parse-ctm.js';

const run = promisify(execFile);

export type PocketsphinxModel = { acousticModelDir: string; languageModel: string; dictionary: string };

/** Where Debian's pocketsphinx-en-us puts the US English model. */
export const DEBIAN_EN_US_MODEL: PocketsphinxModel = {
	acousticModelDir: '/usr/share/pocketsphinx/model/en-us/en-us',
	languageModel: '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
	dictionary: '/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict',
};

export const POCKETSPHINX_MISSING =
	'The offline recogniser needs PocketSphinx: run `npm run setup` (Debian, as root) or `sudo apt-get install -y pocketsphinx pocketsphinx-en-us`';

/**
 * Decodes a 16 kHz WAV in one pass of `pocketsphinx_batch` (the whole file is one utterance, so a grammar spans every
 * pause; pocketsphinx_continuous would cut at pauses and fail a forced alignment). With `grammar` (JSGF) and `extraDictionary`
 * it aligns a known text; without, it recognises with the language model. Raw PCM is passed: the WAV reader of this
 * version takes a fixed 44-byte header.
 */
export const runPocketsphinxBatch = async (
	wavPath: string,
	{
		model,
		grammar,
		extraDictionary,
		beam = '1e-100',
		wordBeam = '1e-80',
		signal,
	}: { model: PocketsphinxModel; grammar?: string; extraDictionary?: string; beam?: string; wordBeam?: string; signal?: AbortSignal },
): Promise<CtmWord[]> => {
	if (!fs.existsSync(model.acousticModelDir)) throw new TranscriptionError('missing-model', POCKETSPHINX_MISSING, false);
	const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reelforge-sphinx-'));
	try {
		const samples = pcmSamplesOf(await fs.promises.readFile(wavPath));
		await fs.promises.writeFile(path.join(dir, 'speech.raw'), Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
		await fs.promises.writeFile(path.join(dir, 'speech.ctl'), 'speech\n');
		let dictionary = model.dictionary;
		if (extraDictionary) {
			// Words the CMU dictionary lacks go into a copy of it: -fdict would treat them as fillers.
			dictionary = path.join(dir, 'words.dict');
			await fs.promises.writeFile(dictionary, `${await fs.promises.readFile(model.dictionary, 'utf8')}\n${extraDictionary}`);
		}
		const args = [
			...['-adcin', 'yes', '-cepdir', dir, '-cepext', '.raw', '-ctl', path.join(dir, 'speech.ctl')],
			...['-hmm', model.acousticModelDir, '-dict', dictionary, '-ctm', path.join(dir, 'out.ctm'), '-logfn', path.join(dir, 'log.txt')],
			// Wide beams: a forced alignment must reach the grammar's end even where the speech is unlike the model's.
			...['-beam', beam, '-wbeam', wordBeam, '-pbeam', beam],
		];
		if (grammar) {
			await fs.promises.writeFile(path.join(dir, 'words.jsgf'), grammar);
			args.push('-jsgf', path.join(dir, 'words.jsgf'));
		} else args.push('-lm', model.languageModel);
		try {
			await run('pocketsphinx_batch', args, { signal, maxBuffer: 16 * 1024 * 1024 });
		} catch (error) {
			if ((error as { code?: unknown }).code === 'ENOENT') throw new TranscriptionError('unavailable', POCKETSPHINX_MISSING, false);
			signal?.throwIfAborted();
			const log = await fs.promises.readFile(path.join(dir, 'log.txt'), 'utf8').catch(() => '');
			const reason = log.split('\n').find((line) => line.startsWith('ERROR') || line.startsWith('FATAL')) ?? String(error);
			throw new TranscriptionError('upstream', `PocketSphinx failed: ${reason.slice(0, 200)}`, false);
		}
		return parseCtm(await fs.promises.readFile(path.join(dir, 'out.ctm'), 'utf8').catch(() => ''));
	} finally {
		await fs.promises.rm(dir, { recursive: true, force: true });
	}
};
