import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../core/db/create-database.js';
import { openMigratedDatabase } from '../../core/db/open-migrated-database.js';
import { createLocalStorage } from '../../core/storage/local/create-local-storage.js';
import { createEspeakProvider } from '../../core/voiceover/create-espeak-provider.js';
import { decodeToPcm, measureLoudness } from '../../core/voiceover/pcm-audio.js';
import { synthesizeVoiceover } from '../../core/voiceover/synthesize-voiceover.js';
import type { VoiceoverProvider } from '../../core/voiceover/voiceover-provider.js';
import { voiceoverSpecSchema } from '../../core/voiceover/voiceover-spec.js';
import { DEFAULT_WORKSPACE_ID } from '../../core/workspaces/default-workspace.js';
import { scopeStorage } from '../../core/workspaces/scope-storage.js';
import { storedKeys } from '../support/stored-keys.js';
import { makeTempDir } from '../support/temp-dir.js';

let db: Database;
const home = makeTempDir('voiceover');
const storage = scopeStorage(createLocalStorage(path.join(home, 'storage')), DEFAULT_WORKSPACE_ID);
const offline = createEspeakProvider();
const spec = voiceoverSpecSchema.parse({});
const text = 'Short videos win on the first second. Captions land on every spoken word, even across long scripts.';

beforeAll(async () => {
	db = (await openMigratedDatabase(`file:${path.join(home, 'db.sqlite')}`)).db;
});
afterAll(async () => {
	await db?.$disconnect();
});

describe('the offline voice', () => {
	it('times every word of the text, in order, inside the audio', async () => {
		const speech = await offline.synthesize({ text, voice: '', settings: {} });
		const tokens = text.split(/\s+/);
		expect(speech.words.map((word) => word.text)).toEqual(tokens);
		for (const word of speech.words) expect(text.slice(word.charStart, word.charEnd)).toBe(word.text);
		const starts = speech.words.map((word) => word.startMs);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		const samples = await decodeToPcm(speech.audio);
		const durationMs = (samples.length / 48_000) * 1000;
		expect(speech.words.at(-1)?.endMs).toBeLessThanOrEqual(durationMs + 1);
		expect(speech.words.every((word) => word.endMs > word.startMs)).toBe(true);
	});

	it('rejects settings it does not understand, naming them', async () => {
		await expect(offline.synthesize({ text: 'hi', voice: '', settings: { rate: 5 } })).rejects.toThrow(/rate/);
	});
});

describe('synthesizeVoiceover', () => {
	it('stores the audio once at the loudness target and serves the same text from the cache', async () => {
		const deps = { db, storage, providers: { offline }, targetLufs: -14 };
		const first = await synthesizeVoiceover(text, spec, deps);
		expect(first.cacheHit).toBe(false);
		const second = await synthesizeVoiceover(text, spec, deps);
		expect(second).toMatchObject({ id: first.id, cacheHit: true, audioKey: first.audioKey });
		expect(second.words).toEqual(first.words);
		expect(await db.voiceover.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ useCount: 2, targetLufs: -14 });
		expect(await storedKeys(storage, 'voiceovers/')).toEqual([`voiceovers/${first.id}.wav`]);

		const stored = await decodeToPcm(fs.readFileSync((await storage.openLocal(first.audioKey)).path));
		const loudness = await measureLoudness(stored);
		expect(Math.abs(loudness.integratedLufs + 14)).toBeLessThan(1);
		expect(loudness.truePeakDb).toBeLessThan(-0.5);

		const louder = await synthesizeVoiceover(text, spec, { ...deps, targetLufs: -10 });
		expect(louder.id).not.toBe(first.id);
	});

	it('chunks text longer than the provider takes and stitches the timings back onto one timeline', async () => {
		const small: VoiceoverProvider = { ...offline, maxChars: 40 };
		const whole = await synthesizeVoiceover(text, voiceoverSpecSchema.parse({ settings: { rate: 170 } }), {
			db,
			storage,
			providers: { offline },
			targetLufs: -14,
		});
		const chunked = await synthesizeVoiceover(text, voiceoverSpecSchema.parse({ settings: { rate: 171 } }), {
			db,
			storage,
			providers: { offline: small },
			targetLufs: -14,
		});
		expect(chunked.words.map((word) => word.text)).toEqual(whole.words.map((word) => word.text));
		for (const word of chunked.words) expect(text.slice(word.charStart, word.charEnd)).toBe(word.text);
		const starts = chunked.words.map((word) => word.startMs);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(chunked.words.at(-1)?.endMs).toBeLessThanOrEqual(chunked.durationMs);
		// Chunk joins add a little silence at most; the words stay close to where one call puts them.
		expect(Math.abs(chunked.durationMs - whole.durationMs)).toBeLessThan(1500);
	});

	it('says clearly when a provider is not configured', async () => {
		await expect(
			synthesizeVoiceover(text, voiceoverSpecSchema.parse({ provider: 'elevenlabs' }), { db, storage, providers: { offline }, targetLufs: -14 }),
		).rejects.toThrow('The elevenlabs voice is not configured: set ELEVENLABS_API_KEY');
	});
});
