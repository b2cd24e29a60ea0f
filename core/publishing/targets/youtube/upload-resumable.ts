import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OutboundPolicy } from '../../../net/outbound-policy.js';
import { PlatformError } from '../../platform-error.js';
import { platformErrorOf } from '../../platform-error-of.js';

/** The session URI is gone (a week old, or cancelled): the upload has to start over with a new session. */
export class UploadSessionExpiredError extends Error {
	constructor(status: number) {
		super(`The YouTube upload session is no longer valid (HTTP ${status}); starting a new one`);
		this.name = 'UploadSessionExpiredError';
	}
}

export type ResumableUpload = {
	sessionUrl: string;
	file: string;
	total: number;
	chunkBytes: number;
	/** The current access token; `refresh` gets a new one after a 401. */
	token: () => Promise<string>;
	refresh: () => Promise<string>;
	signal: AbortSignal;
	fetch: OutboundPolicy['fetch'];
	/** Dropped connections and 5xx answers in a row, status queries included, before the attempt gives up (the next attempt resumes the same session). */
	maxInterruptions?: number;
	retryDelayMs?: number;
};

/** Where to continue after a 308: one past the last byte of `Range: bytes=0-N`, or 0 when nothing was kept. */
const nextOffsetOf = (response: Response) => {
	const match = /^bytes=0-(\d+)$/.exec(response.headers.get('range') ?? '');
	return match ? Number(match[1]) + 1 : 0;
};

const readRange = async (file: string, start: number, length: number) => {
	const handle = await fs.promises.open(file, 'r');
	try {
		const buffer = new Uint8Array(length);
		const { bytesRead } = await handle.read(buffer, 0, length, start);
		if (bytesRead !== length) throw new Error(`The video file is shorter than expected: read ${bytesRead} of ${length} bytes at ${start}`);
		return buffer;
	} finally {
		await handle.close();
	}
};

type Step = { done: true; video: unknown } | { done: false; offset: number };

/** Whether another request can help: dropped connections and passing answers (5xx, 429), not refusals, 401s or a lost session. */
const isPassing = (error: unknown) =>
	error instanceof PlatformError ? error.retryable && error.status !== 401 : !(error instanceof UploadSessionExpiredError);

/**
 * Sends a file to a YouTube resumable upload session (https://developers.google.com/youtube/v3/guides/using_resumable_upload_protocol)
 * in chunks of `chunkBytes` with `Content-Range: bytes a-b/total`. A 308 says how much YouTube kept; after a dropped
 * connection or a 5xx it asks (`Content-Range: bytes * /total`) and continues from there, never from the start. The
 * question itself can fail the same ways: it is asked again, with the same backoff, until a 308 or a 2xx answers it,
 * because only that answer says where to go on (a guess would resend bytes a strict server already has).
 * Resolves with the video resource YouTube returns when the last byte is in.
 */
export const uploadResumable = async (upload: ResumableUpload, { resume }: { resume: boolean }): Promise<unknown> => {
	const { sessionUrl, file, total, chunkBytes, signal, fetch, maxInterruptions = 8, retryDelayMs = 500 } = upload;
	let token = await upload.token();
	let interruptions = 0;

	const put = (headers: Record<string, string>, body: Uint8Array<ArrayBuffer>) =>
		fetch(sessionUrl, { method: 'PUT', headers: { authorization: `Bearer ${token}`, ...headers }, body, signal });

	/** Reads a session answer: 308 (more to send), 2xx (done), or a refusal. */
	const stepOf = async (response: Response, refreshed: boolean): Promise<Step | 'again'> => {
		if (response.status === 308) {
			await response.body?.cancel().catch(() => {});
			return { done: false, offset: nextOffsetOf(response) };
		}
		const text = await response.text();
		if (response.ok) return { done: true, video: JSON.parse(text) };
		if (response.status === 404 || response.status === 410) throw new UploadSessionExpiredError(response.status);
		if (response.status === 401 && !refreshed) {
			token = await upload.refresh();
			return 'again';
		}
		throw platformErrorOf('YouTube', response.status, text);
	};

	/** Waits longer after each interruption in a row; gives up (throws) on a refusal, an abort or too many. */
	const backOff = async (error: unknown) => {
		if (signal.aborted || !isPassing(error)) throw error;
		interruptions += 1;
		if (interruptions > maxInterruptions) {
			throw new PlatformError(`The upload to YouTube was interrupted ${interruptions} times in a row; the next attempt resumes it`, 'unavailable', true);
		}
		await sleep(retryDelayMs * 2 ** (interruptions - 1), undefined, { signal });
	};

	const queryStatus = async (): Promise<Step> => {
		let refreshed = false;
		for (;;) {
			try {
				const step = await stepOf(await put({ 'content-range': `bytes */${total}` }, new Uint8Array(0)), refreshed);
				if (step !== 'again') return step;
				refreshed = true;
			} catch (error) {
				await backOff(error);
			}
		}
	};

	let step: Step = resume ? await queryStatus() : { done: false, offset: 0 };
	let refreshed = false;
	while (!step.done) {
		const start = step.offset;
		const end = Math.min(start + chunkBytes, total) - 1;
		const body = await readRange(file, start, end - start + 1);
		try {
			const next = await stepOf(await put({ 'content-type': 'video/mp4', 'content-range': `bytes ${start}-${end}/${total}` }, body), refreshed);
			if (next === 'again') {
				refreshed = true;
				continue;
			}
			step = next;
			refreshed = false;
			interruptions = 0;
		} catch (error) {
			await backOff(error);
			// Whatever the failed request delivered may or may not have been kept: ask.
			step = await queryStatus();
		}
	}
	return step.video;
};
