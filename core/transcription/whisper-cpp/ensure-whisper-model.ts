import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { OutboundPolicy } from '../../net/outbound-policy.js';
import { TranscriptionError } from '../transcription-provider.js';

export type WhisperModelSource = {
	/** ggml model name: tiny, base.en, small, medium, large-v3-turbo, … */
	model: string;
	/** Folder holding ggml-<model>.bin. */
	folder: string;
	/** Where a missing model is downloaded from ({model} is replaced); null: never download. */
	downloadUrl: string | null;
	fetch: OutboundPolicy['fetch'];
};

/**
 * The path of the ggml model file, downloaded on first use through the outbound policy when a URL is configured (the
 * same file @remotion/install-whisper-cpp's downloadWhisperModel fetches, but with the policy's checks). A missing
 * model that cannot be downloaded is a one-line reason naming the setting to change.
 */
export const ensureWhisperModel = async ({ model, folder, downloadUrl, fetch }: WhisperModelSource, signal?: AbortSignal): Promise<string> => {
	const file = path.join(folder, `ggml-${model}.bin`);
	if (fs.existsSync(file)) return file;
	const missing = `The whisper.cpp model "${model}" is not at ${file}: put ggml-${model}.bin there (WHISPER_CPP_MODEL_DIR)`;
	if (!downloadUrl) throw new TranscriptionError('missing-model', `${missing}, or set WHISPER_CPP_MODEL_URL to download it`, false);
	const url = downloadUrl.replaceAll('{model}', model);
	let response: Response;
	try {
		response = await fetch(url, signal ? { signal } : {});
	} catch (error) {
		signal?.throwIfAborted();
		throw new TranscriptionError(
			'missing-model',
			`${missing}; downloading it from ${url} failed: ${error instanceof Error ? error.message : String(error)}`,
			false,
		);
	}
	if (!response.ok || !response.body) {
		await response.body?.cancel().catch(() => {});
		throw new TranscriptionError('missing-model', `${missing}; downloading it from ${url} answered HTTP ${response.status}`, response.status >= 500);
	}
	await fs.promises.mkdir(folder, { recursive: true });
	const partial = `${file}.partial-${process.pid}`;
	try {
		await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>), fs.createWriteStream(partial));
		await fs.promises.rename(partial, file);
	} catch (error) {
		await fs.promises.rm(partial, { force: true });
		signal?.throwIfAborted();
		throw new TranscriptionError(
			'missing-model',
			`${missing}; the download from ${url} was cut off (${error instanceof Error ? error.message : String(error)})`,
			true,
		);
	}
	return file;
};
