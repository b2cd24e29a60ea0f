import fs from 'node:fs';
import type { OutboundPolicy } from '../../../net/outbound-policy.js';
import { platformErrorOf } from '../../platform-error-of.js';
import type { ChunkPlan } from './plan-tiktok-chunks.js';

/**
 * PUTs the file to the upload URL TikTok handed out, chunk by chunk in order, each with Content-Range: bytes a-b/total.
 * TikTok answers 206 while chunks are missing and 201 once the file is complete.
 */
export const uploadTiktokChunks = async ({
	uploadUrl,
	file,
	total,
	plan,
	signal,
	fetch,
}: {
	uploadUrl: string;
	file: string;
	total: number;
	plan: ChunkPlan;
	signal: AbortSignal;
	fetch: OutboundPolicy['fetch'];
}) => {
	const handle = await fs.promises.open(file, 'r');
	try {
		for (const [index, chunk] of plan.chunks.entries()) {
			const length = chunk.end - chunk.start + 1;
			const body = new Uint8Array(length);
			await handle.read(body, 0, length, chunk.start);
			const response = await fetch(uploadUrl, {
				method: 'PUT',
				headers: { 'content-type': 'video/mp4', 'content-range': `bytes ${chunk.start}-${chunk.end}/${total}` },
				body,
				signal,
			});
			const text = await response.text();
			const last = index === plan.chunks.length - 1;
			if (!response.ok) throw platformErrorOf('TikTok upload', response.status, text);
			if (last && response.status !== 201)
				throw platformErrorOf('TikTok upload', response.status, `the last chunk was answered ${response.status}, not 201 Created`);
		}
	} finally {
		await handle.close();
	}
};
