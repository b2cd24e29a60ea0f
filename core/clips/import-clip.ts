import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/create-database.js';
import type { Prisma } from '../db/generated/sqlite/client.js';
import { probeMedia } from '../media/probe-media.js';
import type { OutboundPolicy } from '../net/outbound-policy.js';
import type { WorkspaceStorage } from '../workspaces/scope-storage.js';
import type { ClipImportItem } from './clip-import-schema.js';

export type ClipImportLimits = { maxBytes: number; maxDurationSeconds: number; timeoutMs: number };

export class ClipImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ClipImportError';
	}
}

const download = async (url: string, target: string, limits: ClipImportLimits, outbound: OutboundPolicy): Promise<void> => {
	const response = await outbound.fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs) });
	if (!response.ok || !response.body) throw new ClipImportError(`${url} answered HTTP ${response.status}`);
	if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) throw new ClipImportError(`${url} is larger than ${limits.maxBytes} bytes`);
	const out = fs.createWriteStream(target);
	let received = 0;
	try {
		for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
			received += chunk.length;
			if (received > limits.maxBytes) throw new ClipImportError(`${url} is larger than ${limits.maxBytes} bytes`);
			if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
		}
	} finally {
		await new Promise<void>((resolve) => out.end(() => resolve()));
	}
};

const sha256Of = async (file: string) => {
	const hash = createHash('sha256');
	for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
	return hash.digest('hex');
};

/**
 * Downloads (or takes) one clip, checks it is a video within the limits, and stores it once per content hash.
 * Importing the same video again returns the clip already stored, marked `duplicate`.
 */
export const importClip = async (
	item: ClipImportItem,
	limits: ClipImportLimits,
	deps: { db: Database; storage: WorkspaceStorage; outbound: OutboundPolicy },
) => {
	const scratch = path.join(os.tmpdir(), `clip-import-${randomUUID()}`);
	try {
		if (item.url) await download(item.url, scratch, limits, deps.outbound);
		else {
			const data = Buffer.from(item.dataBase64 ?? '', 'base64');
			if (data.length > limits.maxBytes) throw new ClipImportError(`the upload is larger than ${limits.maxBytes} bytes`);
			await fs.promises.writeFile(scratch, data);
		}
		const contentHash = await sha256Of(scratch);
		const workspaceId = deps.storage.workspaceId;
		const existing = await deps.db.clip.findUnique({ where: { workspaceId_contentHash: { workspaceId, contentHash } } });
		if (existing) return { clip: existing, duplicate: true };
		const probe = await probeMedia(scratch).catch(() => null);
		if (!probe?.video) throw new ClipImportError('the file is not a video ffprobe can read');
		if (probe.durationSeconds > limits.maxDurationSeconds)
			throw new ClipImportError(`the clip lasts ${probe.durationSeconds.toFixed(1)} s; the limit is ${limits.maxDurationSeconds} s`);
		const extension = probe.formatName.includes('webm') ? 'webm' : probe.formatName.includes('mov') ? 'mp4' : 'bin';
		const storageKey = `clips/${contentHash.slice(0, 32)}.${extension}`;
		const { sizeBytes } = await deps.storage.putFile(storageKey, scratch);
		const clip = await deps.db.clip.create({
			data: {
				id: randomUUID(),
				workspaceId,
				contentHash,
				storageKey,
				sourceUrl: item.url ?? null,
				platform: item.platform ?? null,
				author: item.author ?? null,
				sourceLink: item.sourceLink ?? null,
				license: item.license ?? null,
				title: item.title ?? null,
				stats: item.stats as Prisma.InputJsonValue | undefined,
				durationSeconds: probe.durationSeconds,
				width: probe.video.width,
				height: probe.video.height,
				fps: probe.video.fps,
				hasAudio: probe.audio !== null,
				sizeBytes,
			},
		});
		return { clip, duplicate: false };
	} finally {
		await fs.promises.rm(scratch, { force: true });
	}
};
