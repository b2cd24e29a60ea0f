import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../../../core/log/create-logger.js';
import { BlockedUrlError } from '../../../core/net/blocked-url-error.js';
import type { OutboundPolicy } from '../../../core/net/outbound-policy.js';
import type { LocalStorage } from '../../../core/storage/local-storage.js';
import { MediaSourceError } from './media-source-error.js';

export type FetchMediaOptions = {
	storage: LocalStorage;
	cacheDir: string;
	timeoutMs: number;
	maxBytes: number;
	/** Every download goes through it: private networks are refused unless allow-listed, on every redirect hop. */
	outbound: OutboundPolicy;
	/** Where the raw output of tools that inspect media goes (never to users). */
	logger?: Pick<Logger, 'warn'>;
	signal?: AbortSignal;
};

const fromStorage = async (src: string, storage: LocalStorage): Promise<string> => {
	const key = src.slice('storage:'.length);
	let file: string;
	try {
		file = storage.pathOf(key);
	} catch {
		throw new MediaSourceError(src, "not found: it names nothing in this workspace's storage", false, 'not-found');
	}
	const stat = await fs.promises.stat(file).catch(() => null);
	if (!stat?.isFile()) throw new MediaSourceError(src, "not found in this workspace's storage", false, 'not-found');
	return file;
};

const download = async (src: string, options: FetchMediaOptions): Promise<string> => {
	const extension = path.extname(new URL(src).pathname).slice(0, 8) || '.bin';
	const target = path.join(options.cacheDir, `${createHash('sha256').update(src).digest('hex')}${extension}`);
	if (fs.existsSync(target)) return target;
	await fs.promises.mkdir(options.cacheDir, { recursive: true });
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
	const partial = `${target}.partial-${process.pid}-${Date.now()}`;
	let received = 0;
	const limited = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>).on('data', (chunk: Buffer) => {
		received += chunk.length;
		if (received > options.maxBytes)
			limited.destroy(new MediaSourceError(src, `larger than the ${options.maxBytes}-byte limit (CLIP_MAX_BYTES)`, false, 'too-large'));
	});
	try {
		await pipeline(limited, fs.createWriteStream(partial));
		await fs.promises.rename(partial, target);
	} catch (error) {
		await fs.promises.rm(partial, { force: true });
		if (error instanceof MediaSourceError) throw error;
		if (timeout.aborted) throw timedOut();
		throw new MediaSourceError(src, 'the download was cut off', true, 'unavailable');
	}
	return target;
};

/** Makes a `src` available as a local file: storage keys resolve in place, URLs are downloaded once and cached. */
export const fetchMediaSource = (src: string, options: FetchMediaOptions): Promise<string> =>
	src.startsWith('storage:') ? fromStorage(src, options.storage) : download(src, options);
