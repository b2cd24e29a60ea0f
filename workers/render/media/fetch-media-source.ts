import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../../../core/log/create-logger.js';
import { BlockedUrlError } from '../../../core/net/blocked-url-error.js';
import type { OutboundPolicy } from '../../../core/net/outbound-policy.js';
import type { MediaCache } from '../../../core/storage/cache/create-media-cache.js';
import type { LocalCopy, Storage } from '../../../core/storage/storage.js';
import { StorageError } from '../../../core/storage/storage-error.js';
import { MediaSourceError } from './media-source-error.js';

export type FetchMediaOptions = {
	storage: Storage;
	/** This machine's media cache: URL downloads and bucket objects are fetched once and shared by every render here. */
	mediaCache: MediaCache;
	timeoutMs: number;
	maxBytes: number;
	/** Every download goes through it: private networks are refused unless allow-listed, on every redirect hop. */
	outbound: OutboundPolicy;
	/** Where the raw output of tools that inspect media goes (never to users). */
	logger?: Pick<Logger, 'warn'>;
	signal?: AbortSignal;
};

const fromStorage = async (src: string, storage: Storage): Promise<LocalCopy> => {
	const key = src.slice('storage:'.length);
	try {
		return await storage.openLocal(key);
	} catch (error) {
		if (error instanceof StorageError) throw new MediaSourceError(src, error.message, error.retryable, error.retryable ? 'unavailable' : 'not-found');
		throw new MediaSourceError(src, "not found in this workspace's storage", false, 'not-found');
	}
};

const downloadInto = async (src: string, target: string, options: FetchMediaOptions): Promise<void> => {
	const timeout = AbortSignal.timeout(options.timeoutMs);
	const signals = [timeout, ...(options.signal ? [options.signal] : [])];
	const timedOut = () => new MediaSourceError(src, `timed out after ${options.timeoutMs} ms (CLIP_FETCH_TIMEOUT_MS)`, true, 'timeout');
	let response: Response;
	try {
		response = await options.outbound.fetch(src, { signal: AbortSignal.any(signals) });
	} catch (error) {
		if (error instanceof BlockedUrlError) {
			const retryable = error.kind === 'unresolvable';
			throw new MediaSourceError(
				src,
				retryable ? error.reason : `refused by the outbound policy: ${error.reason}`,
				retryable,
				retryable ? 'unavailable' : 'refused-by-policy',
			);
		}
		if (timeout.aborted) throw timedOut();
		const cause = (error as { cause?: { code?: unknown } }).cause?.code;
		throw new MediaSourceError(src, `the request failed${typeof cause === 'string' ? ` (${cause})` : ''}`, true, 'unavailable');
	}
	if (!response.ok || !response.body) {
		await response.body?.cancel().catch(() => {});
		// 4xx will not get better by retrying; 5xx and 429 may.
		if (response.status === 404 || response.status === 410) throw new MediaSourceError(src, `not found (HTTP ${response.status})`, false, 'not-found');
		const retryable = response.status >= 500 || response.status === 429;
		throw new MediaSourceError(src, `the server answered HTTP ${response.status}`, retryable, 'unavailable');
	}
	const declared = Number(response.headers.get('content-length') ?? 0);
	if (declared > options.maxBytes) throw new MediaSourceError(src, `larger than the ${options.maxBytes}-byte limit (CLIP_MAX_BYTES)`, false, 'too-large');
	let received = 0;
	const limited = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>).on('data', (chunk: Buffer) => {
		received += chunk.length;
		if (received > options.maxBytes)
			limited.destroy(new MediaSourceError(src, `larger than the ${options.maxBytes}-byte limit (CLIP_MAX_BYTES)`, false, 'too-large'));
	});
	try {
		// The cache renames the finished file into place; a cut download leaves nothing behind.
		await pipeline(limited, fs.createWriteStream(target));
	} catch (error) {
		if (error instanceof MediaSourceError) throw error;
		if (timeout.aborted) throw timedOut();
		throw new MediaSourceError(src, 'the download was cut off', true, 'unavailable');
	}
};

/**
 * Makes a `src` available as a local file until `release`: `storage:` keys are opened through storage (in place when
 * local, a cached download by content when in a bucket), URLs are downloaded once into the media cache.
 */
export const fetchMediaSource = (src: string, options: FetchMediaOptions): Promise<LocalCopy> => {
	if (src.startsWith('storage:')) return fromStorage(src, options.storage);
	const extension = path.extname(new URL(src).pathname).slice(0, 8) || '.bin';
	return options.mediaCache.obtain(`url-${createHash('sha256').update(src).digest('hex')}`, extension, (target) => downloadInto(src, target, options));
};
