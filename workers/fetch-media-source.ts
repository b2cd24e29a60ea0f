import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlockedUrlError, fetchPublicUrl } from '../core/net/fetch-public-url.js';
import { isPublicAddress } from '../core/net/is-public-address.js';
import type { LocalStorage } from '../core/storage/local-storage.js';
import { MediaSourceError } from './media-source-error.js';

export type FetchMediaOptions = {
	storage: LocalStorage;
	cacheDir: string;
	timeoutMs: number;
	maxBytes: number;
	/** Refuse URLs that resolve to loopback, private or link-local addresses (also after redirects). */
	allowPrivateNetworks: boolean;
	signal?: AbortSignal;
};

const fromStorage = async (src: string, storage: LocalStorage): Promise<string> => {
	const key = src.slice('storage:'.length);
	let file: string;
	try {
		file = storage.pathOf(key);
	} catch (error) {
		throw new MediaSourceError(src, (error as Error).message, false);
	}
	const stat = await fs.promises.stat(file).catch(() => null);
	if (!stat?.isFile()) throw new MediaSourceError(src, 'no such file in storage', false);
	return file;
};

const download = async (src: string, options: FetchMediaOptions): Promise<string> => {
	const extension = path.extname(new URL(src).pathname).slice(0, 8) || '.bin';
	const target = path.join(options.cacheDir, `${createHash('sha256').update(src).digest('hex')}${extension}`);
	if (fs.existsSync(target)) return target;
	await fs.promises.mkdir(options.cacheDir, { recursive: true });
	const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
	let response: Response;
	try {
		response = await fetchPublicUrl(src, { signal: AbortSignal.any(signals), allowPrivate: options.allowPrivateNetworks, isPublic: isPublicAddress });
	} catch (error) {
		if (error instanceof BlockedUrlError) throw new MediaSourceError(src, error.message.replace(`${src} is `, ''), false);
		const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
		throw new MediaSourceError(src, `request failed (${cause})`, true);
	}
	if (!response.ok || !response.body) {
		// 4xx will not get better by retrying; 5xx and 429 may.
		const retryable = response.status >= 500 || response.status === 429;
		throw new MediaSourceError(src, `HTTP ${response.status} ${response.statusText}`.trim(), retryable);
	}
	const declared = Number(response.headers.get('content-length') ?? 0);
	if (declared > options.maxBytes) throw new MediaSourceError(src, `larger than the ${options.maxBytes}-byte limit`, false);
	const partial = `${target}.partial-${process.pid}-${Date.now()}`;
	let received = 0;
	const limited = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>).on('data', (chunk: Buffer) => {
		received += chunk.length;
		if (received > options.maxBytes) limited.destroy(new MediaSourceError(src, `larger than the ${options.maxBytes}-byte limit`, false));
	});
	try {
		await pipeline(limited, fs.createWriteStream(partial));
		await fs.promises.rename(partial, target);
	} catch (error) {
		await fs.promises.rm(partial, { force: true });
		if (error instanceof MediaSourceError) throw error;
		throw new MediaSourceError(src, `download interrupted (${(error as Error).message})`, true);
	}
	return target;
};

/** Makes a `src` available as a local file: storage keys resolve in place, URLs are downloaded once and cached. */
export const fetchMediaSource = (src: string, options: FetchMediaOptions): Promise<string> =>
	src.startsWith('storage:') ? fromStorage(src, options.storage) : download(src, options);
