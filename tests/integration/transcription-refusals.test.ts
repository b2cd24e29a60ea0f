import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../core/db/create-database.js';
import { openMigratedDatabase } from '../../core/db/open-migrated-database.js';
import { createPocketsphinxProvider } from '../../core/transcription/pocketsphinx/create-pocketsphinx-provider.js';
import { type TranscriptionDeps, transcribeMedia } from '../../core/transcription/transcribe-media.js';
import { TranscriptionError } from '../../core/transcription/transcription-provider.js';
import { DEFAULT_WORKSPACE_ID } from '../../core/workspaces/default-workspace.js';
import { makeSpeechClip, type SpeechClip } from '../support/make-speech-clip.js';
import { makeTempDir } from '../support/temp-dir.js';

let db: Database;
let clip: SpeechClip;
const home = makeTempDir('transcription-refusals');

beforeAll(async () => {
	db = (await openMigratedDatabase(`file:${path.join(home, 'db.sqlite')}`)).db;
	clip = await makeSpeechClip(home, { name: 'short', segments: [{ voice: 'en-us', rate: 170, text: 'Captions make short videos easier to follow.' }] });
});
afterAll(async () => {
	await db?.$disconnect();
});

const deps = (overrides: Partial<TranscriptionDeps> = {}): TranscriptionDeps => ({
	db,
	workspaceId: DEFAULT_WORKSPACE_ID,
	providers: { offline: createPocketsphinxProvider() },
	unconfigured: { 'whisper-cpp': 'set WHISPER_CPP_PATH to a whisper.cpp build (and WHISPER_CPP_MODEL)' },
	maxDurationMs: 30 * 60_000,
	scratchDir: home,
	...overrides,
});
const refusalOf = async (promise: Promise<unknown>) => {
	const error = await promise.then(
		() => new Error('expected a refusal'),
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(TranscriptionError);
	expect((error as Error).message).not.toContain('\n');
	return error as TranscriptionError;
};
const request = { mode: 'transcribe' as const, provider: 'offline' as const, language: 'en' };

describe('transcription refusals a person can act on', () => {
	it('refuses audio longer than TRANSCRIPTION_MAX_SECONDS, saying how long it is and what the limit is, without retrying', async () => {
		const error = await refusalOf(transcribeMedia({ ...request, mediaPath: clip.file }, deps({ maxDurationMs: 2000 })));
		expect(error).toMatchObject({ code: 'too-long', retryable: false });
		expect(error.message).toMatch(/^The audio is 0\.\d minutes long; offline transcribes at most 0\.0 minutes \(TRANSCRIPTION_MAX_SECONDS\): trim the clip$/);
		expect(await db.transcript.count()).toBe(0);
	});

	it('names the setting of a provider that is not configured, and a language code that is none', async () => {
		const unconfigured = await refusalOf(transcribeMedia({ ...request, provider: 'whisper-cpp', mediaPath: clip.file }, deps()));
		expect(unconfigured).toMatchObject({ code: 'invalid-request', retryable: false });
		expect(unconfigured.message).toBe(
			'The whisper-cpp transcription provider is not configured: set WHISPER_CPP_PATH to a whisper.cpp build (and WHISPER_CPP_MODEL)',
		);
		const notALanguage = await refusalOf(transcribeMedia({ ...request, language: 'klingon-x', mediaPath: clip.file }, deps()));
		expect(notALanguage).toMatchObject({ code: 'unsupported-language', retryable: false });
	});

	it('says what to install when the offline model is missing', async () => {
		const missing = createPocketsphinxProvider({ model: { acousticModelDir: path.join(home, 'nowhere'), languageModel: '', dictionary: '' } });
		const error = await refusalOf(transcribeMedia({ ...request, mediaPath: clip.file }, deps({ providers: { offline: missing } })));
		expect(error).toMatchObject({ code: 'missing-model', retryable: false });
		expect(error.message).toMatch(/apt-get install -y pocketsphinx pocketsphinx-en-us/);
	});
});
