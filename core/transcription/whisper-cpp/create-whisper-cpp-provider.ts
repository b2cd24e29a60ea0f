import fs from 'node:fs';
import { type TranscriptionJson, toCaptions, transcribe } from '@remotion/install-whisper-cpp';
import type { OutboundPolicy } from '../../net/outbound-policy.js';
import { languageCodeOf } from '../language-code-of.js';
import { TranscriptionError, type TranscriptionProvider } from '../transcription-provider.js';
import { wordsFromTimedPieces } from '../words-from-timed-pieces.js';
import { ensureWhisperModel } from './ensure-whisper-model.js';

type WhisperModelName = Parameters<typeof transcribe>[0]['model'];
type WhisperLanguage = NonNullable<Parameters<typeof transcribe>[0]['language']>;

export type WhisperCppOptions = {
	/** Folder of a whisper.cpp checkout built by installWhisperCpp (or by hand). */
	whisperPath: string;
	/** Its version: from 1.7.4 the binary is build/bin/whisper-cli, before that ./main. */
	version: string;
	model: WhisperModelName;
	modelFolder: string;
	modelDownloadUrl: string | null;
	fetch: OutboundPolicy['fetch'];
	maxDurationMs?: number;
};

// transcribe() writes its JSON to <cwd>/tmp.json whatever the input: two at once in one process would read each other's.
let queue: Promise<unknown> = Promise.resolve();
const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
	const run = queue.then(task, task);
	queue = run.catch(() => {});
	return run;
};

/**
 * Local Whisper through whisper.cpp, the Remotion way: @remotion/install-whisper-cpp's transcribe() with token-level
 * timestamps, and its toCaptions() turning the output into @remotion/captions tokens, which are joined into words (a
 * token with a leading space starts a word). The model is taken from the model folder, or downloaded there on first use.
 */
export const createWhisperCppProvider = (options: WhisperCppOptions): TranscriptionProvider => ({
	id: 'whisper-cpp',
	model: options.model,
	// English-only models (*.en) understand English; the others detect and transcribe about 100 languages.
	languages: options.model.endsWith('.en') ? ['en'] : 'any',
	maxDurationMs: options.maxDurationMs ?? 60 * 60_000,
	transcribe: async (request) => {
		if (options.model.endsWith('.en') && request.language !== null && request.language !== 'en') {
			throw new TranscriptionError(
				'unsupported-language',
				`The whisper.cpp model "${options.model}" is English-only, but language is "${request.language}": set WHISPER_CPP_MODEL to a multilingual model (small, medium, large-v3-turbo)`,
				false,
			);
		}
		if (!fs.existsSync(options.whisperPath)) {
			throw new TranscriptionError(
				'missing-model',
				`whisper.cpp is not installed at ${options.whisperPath} (WHISPER_CPP_PATH): run installWhisperCpp or build it there`,
				false,
			);
		}
		await ensureWhisperModel(
			{ model: options.model, folder: options.modelFolder, downloadUrl: options.modelDownloadUrl, fetch: options.fetch },
			request.signal,
		);
		let output: TranscriptionJson<true>;
		try {
			output = await oneAtATime(() =>
				transcribe({
					inputPath: request.audioPath,
					whisperPath: options.whisperPath,
					whisperCppVersion: options.version,
					model: options.model,
					modelFolder: options.modelFolder,
					tokenLevelTimestamps: true,
					printOutput: false,
					language: (request.language ?? 'auto') as WhisperLanguage,
					splitOnWord: true,
					...(request.signal ? { signal: request.signal } : {}),
				}),
			);
		} catch (error) {
			request.signal?.throwIfAborted();
			throw new TranscriptionError(
				'upstream',
				`whisper.cpp failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200)}`,
				false,
			);
		}
		const language = languageCodeOf(output.result?.language) ?? request.language;
		const { captions } = toCaptions({ whisperCppOutput: output });
		return {
			language,
			words: wordsFromTimedPieces(
				captions.map((caption) => ({ text: caption.text, startMs: caption.startMs, endMs: caption.endMs, confidence: caption.confidence })),
				language,
			),
		};
	},
});
