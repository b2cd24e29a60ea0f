import fs from 'node:fs';
import { PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { PlatformError } from '../../platform-error.js';
import type { Publisher } from '../../publish-target.js';
import { defaultS3KeyOf } from './default-s3-key-of.js';
import type { S3Target } from './s3-target-schema.js';

const SUBTITLE_CONTENT_TYPES = { srt: 'application/x-subrip; charset=utf-8', vtt: 'text/vtt; charset=utf-8' } as const;

/** campaign/a.mp4 -> campaign/a.srt; a key without an extension gets one added. */
const sidecarKeyOf = (videoKey: string, format: 'srt' | 'vtt') => `${videoKey.replace(/\.[^./]*$/, '')}.${format}`;

/**
 * Copies the video into an S3-compatible bucket with one PutObject, streamed from disk (S3 takes up to 5 GB that way).
 * Its subtitle sidecars follow beside it. The same keys every attempt, so a retry overwrites rather than duplicates. Checksums are only sent where S3 requires
 * them, so S3-compatible servers without the newer trailing-checksum encoding accept the upload.
 */
export const publishToS3: Publisher<S3Target> = async (input, deps) => {
	const { publication, render, video, signal } = input;
	const s3 = deps.publishing.s3;
	const bucket = publication.target.bucket ?? s3.bucket;
	if (!bucket) throw new PlatformError('"bucket" is needed: the target names none and S3_BUCKET is not set', 'input', false);
	const key = publication.target.key ?? defaultS3KeyOf(render.id);
	const client = new S3Client({
		region: s3.region,
		...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
		forcePathStyle: s3.forcePathStyle,
		...(s3.credentials ? { credentials: s3.credentials } : {}),
		requestChecksumCalculation: 'WHEN_REQUIRED',
		responseChecksumValidation: 'WHEN_REQUIRED',
		maxAttempts: 1,
		// The SDK's own HTTP stack, on agents that apply the outbound policy to every connection.
		requestHandler: { httpAgent: deps.outbound.agents.http, httpsAgent: deps.outbound.agents.https },
	});
	await input.setStatus('uploading');
	try {
		const result = await client.send(
			new PutObjectCommand({
				Bucket: bucket,
				Key: key,
				Body: fs.createReadStream(video.path),
				ContentLength: video.sizeBytes,
				ContentType: 'video/mp4',
				Metadata: { 'reelforge-render-id': render.id, 'reelforge-publication-id': publication.id },
			}),
			{ abortSignal: signal },
		);
		// The subtitle sidecars go beside the video, under its key with .srt and .vtt for .mp4.
		for (const caption of input.captions) {
			await client.send(
				new PutObjectCommand({
					Bucket: bucket,
					Key: sidecarKeyOf(key, caption.format),
					Body: await fs.promises.readFile(caption.path),
					ContentType: SUBTITLE_CONTENT_TYPES[caption.format],
					Metadata: { 'reelforge-render-id': render.id, ...(caption.language ? { 'reelforge-language': caption.language } : {}) },
				}),
				{ abortSignal: signal },
			);
		}
		const base = s3.endpoint ? `${s3.endpoint.replace(/\/$/, '')}/${bucket}` : `https://${bucket}.s3.${s3.region}.amazonaws.com`;
		return { platformId: result.ETag?.replace(/"/g, '') ?? key, url: `${base}/${key.split('/').map(encodeURIComponent).join('/')}` };
	} catch (error) {
		if (error instanceof S3ServiceException) {
			const status = error.$metadata.httpStatusCode ?? null;
			const passing = status === null || status >= 500 || status === 429 || error.name === 'SlowDown';
			throw new PlatformError(
				`S3 refused the upload to ${bucket}/${key} (${error.name}${status ? `, HTTP ${status}` : ''}): ${error.message}`,
				passing ? 'unavailable' : 'rejected',
				passing,
				status,
			);
		}
		throw error;
	} finally {
		client.destroy();
	}
};
