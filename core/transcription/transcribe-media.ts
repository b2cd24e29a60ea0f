import fs from 'node:fs';
import type { Database } from '../db/create-database.js';
import { alignTextToWords } from './align-text-to-words.js';
import { extractSpeechAudio } from './extract-speech-audio.js';
import { hashFile } from './hash-file.js';
import { languageCodeOf } from './language-code-of.js';
import { type StoredTranscript, storedTranscriptOf } from './stored-transcript.js';
import { transcriptKeyOf } from './transcript-key-of.js';
import { TranscriptionError, type TranscriptionProvider, type TranscriptionProviderId } from './transcription-provider.js';

export type TranscriptionDeps = {
	db: Database;
	workspaceId: string;
	providers: Partial<Record<TranscriptionProviderId, TranscriptionProvider>>;
	/** Hints for providers that are not configured, by id: "set ELEVENLABS_API_KEY". */
	unconfigured: Partial<Record<TranscriptionProviderId, string>>;
	/** Longest media transcribed at all (TRANSCRIPTION_MAX_SECONDS), in ms. */
	maxDurationMs: number;
	scratchDir: string;
	signal?: AbortSignal;
};

export type TranscribeMediaRequest = {
	mode: 'transcribe' | 'align';
	mediaPath: string;
	provider: TranscriptionProviderId;
	/** BCP 47 or auto. */
	language: string;
	/** align: what is said. */
	text?: string;
};

// Below about -50 dBFS there is nothing a recogniser can hear; saying so is better than asking it.
const SILENCE_PEAK = 0.003;
const NO_SPEECH = 'No speech was found in the audio, so the video has no captions';

const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} minutes`;

/**
 * The words spoken in a media file, with their timings: from the workspace's cache when the same media (by content hash)
 * was transcribed (or aligned to the same text) by the same provider, model and language, otherwise heard and stored.
 * Audio without speech is not a failure: it gives no words and a note saying so.
 */
export const transcribeMedia = async (request: TranscribeMediaRequest, deps: TranscriptionDeps): Promise<StoredTranscript> => {
	const provider = deps.providers[request.provider];
	if (!provider) {
		throw new TranscriptionError(
			'invalid-request',
			`The ${request.provider} transcription provider is not configured: ${deps.unconfigured[request.provider] ?? 'see the README'}`,
			false,
		);
	}
	const language = languageCodeOf(request.language);
	if (request.language !== 'auto' && language === null) {
		throw new TranscriptionError(
			'unsupported-language',
			`"captions.language" must be auto or a language code such as en or zh-Hans, but is ${JSON.stringify(request.language)}`,
			false,
		);
	}
	if (language && provider.languages !== 'any' && !provider.languages.includes(language)) {
		throw new TranscriptionError(
			'unsupported-language',
			`The ${provider.id} provider understands ${provider.languages.join(', ')} only, but captions.language is "${request.language}": choose a provider that transcribes it (whisper-cpp, elevenlabs, openai)`,
			false,
		);
	}
	const mediaHash = await hashFile(request.mediaPath);
	const text = request.mode === 'align' ? (request.text ?? '') : null;
	const id = transcriptKeyOf(
		{ mediaHash, mode: request.mode, provider: provider.id, model: provider.model, language: request.language, text },
		deps.workspaceId,
	);
	const cached = await deps.db.transcript.findFirst({ where: { id, workspaceId: deps.workspaceId } });
	if (cached) {
		await deps.db.transcript.update({ where: { id }, data: { useCount: { increment: 1 }, lastUsedAt: new Date() } });
		return storedTranscriptOf(cached, true);
	}

	const audio = await extractSpeechAudio(request.mediaPath, deps.scratchDir, deps.signal);
	try {
		const maxMs = Math.min(deps.maxDurationMs, provider.maxDurationMs);
		if (audio.durationMs > maxMs) {
			throw new TranscriptionError(
				'too-long',
				`The audio is ${minutes(audio.durationMs)} long; ${provider.id} transcribes at most ${minutes(maxMs)} (TRANSCRIPTION_MAX_SECONDS): trim the clip`,
				false,
			);
		}
		let words: StoredTranscript['words'] = [];
		let heardLanguage = language;
		let note: string | null = null;
		if (!audio.path) note = 'The media has no audio track, so the video has no captions';
		else if (audio.peak < SILENCE_PEAK) note = NO_SPEECH;
		else {
			const call = { audioPath: audio.path, durationMs: audio.durationMs, language, ...(deps.signal ? { signal: deps.signal } : {}) };
			const result = request.mode === 'align' && provider.align ? await provider.align({ ...call, text: text ?? '' }) : await provider.transcribe(call);
			heardLanguage = result.language ?? language;
			words = request.mode === 'align' && !provider.align ? alignTextToWords(text ?? '', result.words, heardLanguage) : result.words;
			if (words.length === 0) note = NO_SPEECH;
		}
		const row = await deps.db.transcript.upsert({
			where: { id },
			create: {
				id,
				workspaceId: deps.workspaceId,
				mediaHash,
				mode: request.mode,
				provider: provider.id,
				model: provider.model,
				requestedLanguage: request.language,
				language: heardLanguage,
				words,
				durationMs: audio.durationMs,
				note,
			},
			update: { useCount: { increment: 1 }, lastUsedAt: new Date() },
		});
		return storedTranscriptOf(row, false);
	} finally {
		if (audio.path) await fs.promises.rm(audio.path, { force: true });
	}
};
