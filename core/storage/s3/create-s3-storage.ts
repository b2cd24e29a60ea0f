import fs from 'node:fs';
import type http from 'node:http';
import type https from 'node:https';
import path from 'node:path';
import type { Readable } from 'node:stream';

import { pipeline } from 'node:stream/promises';
import {
	AbortMultipartUploadCommand,
	DeleteObjectsCommand,
	GetObjectCommand,
	HeadObjectCommand,
	ListMultipartUploadsCommand,
	type ListMultipartUploadsCommandOutput,
	ListObjectsV2Command,
	type ListObjectsV2CommandOutput,
	S3Client,
	S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { assertStorageKey } from '../../../compositions/shared/storage-key.js';
import type { MediaCache } from '../cache/create-media-cache.js';
import type { Storage, StoredObject } from '../storage.js';
import { StorageError } from '../storage-error.js';
import { assertStorageFolder } from '../storage-folder.js';
import type { S3StorageSettings } from './s3-storage-settings.js';

/** Tries of one S3 request before storage gives up (the SDK's default, stated so callers and tests can rely on it). */
export const S3_MAX_ATTEMPTS = 3;

const isMissing = (error: unknown) =>
	error instanceof S3ServiceException && (error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

/** S3 errors in a line a person can act on: which bucket, what S3 said; the SDK's own dump goes to the log by the caller. */
const storageErrorOf = (bucket: string, key: string, doing: string, error: unknown): StorageError => {
	if (error instanceof S3ServiceException) {
		const status = error.$metadata.httpStatusCode ?? null;
		const reason =
			error.name === 'NoSuchBucket'
				? `the bucket ${bucket} does not exist`
				: status === 403 || error.name === 'AccessDenied' || error.name === 'InvalidAccessKeyId' || error.name === 'SignatureDoesNotMatch'
					? `access to the bucket ${bucket} was denied (${error.name}): check the credentials`
					: `S3 answered ${error.name}${status ? ` (HTTP ${status})` : ''}`;
		return new StorageError(`Could not ${doing} ${key} in storage: ${reason}`, status === null || status >= 500 || status === 429);
	}
	const code = (error as { code?: unknown } | null)?.code;
	return new StorageError(`Could not ${doing} ${key} in storage: the connection to S3 failed${typeof code === 'string' ? ` (${code})` : ''}`, true);
};

/**
 * Storage in an S3-compatible bucket, through the AWS SDK v3. Uploads stream from disk, in parts when large (lib-storage),
 * and an object appears only when its upload completes (a failed one is aborted, leaving nothing). Reads stream;
 * tools that need a file get a download kept in the media cache by content (ETag), shared by every render on the machine.
 */
export const createS3Storage = (
	settings: S3StorageSettings,
	{ cache, agents }: { cache: MediaCache; agents: { http: http.Agent; https: https.Agent } },
): Storage => {
	const clientAt = (endpoint: string | null) =>
		new S3Client({
			region: settings.region,
			...(endpoint ? { endpoint } : {}),
			forcePathStyle: settings.forcePathStyle,
			...(settings.credentials ? { credentials: settings.credentials } : {}),
			// Each request is tried this often (with backoff) before storage reports the failure.
			maxAttempts: S3_MAX_ATTEMPTS,
			// Checksums only where S3 requires them, so S3-compatible servers without the newer trailing checksums accept uploads.
			requestChecksumCalculation: 'WHEN_REQUIRED',
			responseChecksumValidation: 'WHEN_REQUIRED',
			// Connections go through the outbound policy's agents (the endpoint is trusted by configuration).
			requestHandler: { httpAgent: agents.http, httpsAgent: agents.https },
		});
	const client = clientAt(settings.endpoint);
	// A signature covers the host, so URLs for clients elsewhere are signed for the address they will use.
	const presigner = settings.publicEndpoint ? clientAt(settings.publicEndpoint) : client;
	const { bucket } = settings;
	const objectKey = (key: string) => `${settings.prefix}${assertStorageKey(key)}`;
	const keyOfObject = (name: string) => name.slice(settings.prefix.length);

	const stat = async (key: string): Promise<StoredObject | null> => {
		const name = objectKey(key);
		try {
			const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: name }));
			return { key, sizeBytes: head.ContentLength ?? 0, modifiedAt: head.LastModified ?? new Date(0), etag: (head.ETag ?? '').replaceAll('"', '') };
		} catch (error) {
			// HEAD answers a bare 404 for a missing bucket too; writes and listings name it.
			if (isMissing(error) && !(error instanceof S3ServiceException && error.name === 'NoSuchBucket')) return null;
			throw storageErrorOf(bucket, key, 'look up', error);
		}
	};

	const read = async (key: string, range?: { start: number; end: number }) => {
		const name = objectKey(key);
		try {
			const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: name, ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }));
			return object.Body as Readable;
		} catch (error) {
			throw storageErrorOf(bucket, key, 'read', error);
		}
	};

	const list = async function* (prefix: string) {
		assertStorageFolder(prefix, { allowAll: true });
		let token: string | undefined;
		do {
			let page: ListObjectsV2CommandOutput;
			try {
				page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${settings.prefix}${prefix}`, ContinuationToken: token }));
			} catch (error) {
				throw storageErrorOf(bucket, prefix === '' ? 'the objects' : prefix, 'list', error);
			}
			for (const entry of page.Contents ?? []) {
				if (!entry.Key) continue;
				yield {
					key: keyOfObject(entry.Key),
					sizeBytes: entry.Size ?? 0,
					modifiedAt: entry.LastModified ?? new Date(0),
					etag: (entry.ETag ?? '').replaceAll('"', ''),
				};
			}
			token = page.IsTruncated ? page.NextContinuationToken : undefined;
		} while (token);
	};

	return {
		kind: 's3',
		putFile: async (key, sourcePath, options = {}) => {
			const name = objectKey(key);
			const { size } = await fs.promises.stat(sourcePath);
			const upload = new Upload({
				client,
				params: {
					Bucket: bucket,
					Key: name,
					Body: fs.createReadStream(sourcePath),
					ContentLength: size,
					...(options.contentType ? { ContentType: options.contentType } : {}),
				},
				partSize: Math.max(settings.partSizeBytes, 5 * 1024 * 1024),
				queueSize: 2,
				// Parts of a failed upload are aborted below, so the upload's own error is the one reported.
				leavePartsOnError: true,
			});
			try {
				await upload.done();
			} catch (error) {
				// Parts never become an object; removing them is tidiness (a bucket lifecycle rule catches what this misses).
				if (upload.uploadId) {
					await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: name, UploadId: upload.uploadId })).catch(() => {});
				}
				throw storageErrorOf(bucket, key, 'store', error);
			}
			await fs.promises.rm(sourcePath, { force: true });
			return { sizeBytes: size };
		},
		stat,
		openLocal: async (key) => {
			const object = await stat(key);
			if (!object) throw Object.assign(new Error(`No object ${JSON.stringify(key)} in storage`), { code: 'ENOENT' });
			return cache.obtain(`s3-${object.etag}-${object.sizeBytes}`, path.extname(key).slice(0, 8), async (target) => {
				await pipeline(await read(key), fs.createWriteStream(target));
			});
		},
		read,
		locationOf: (key) => `s3://${bucket}/${objectKey(key)}`,
		presignedUrlOf: async (key, { expiresInSeconds }) =>
			getSignedUrl(presigner, new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }), { expiresIn: expiresInSeconds }),
		remove: async (key) => {
			const name = objectKey(key);
			try {
				await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [{ Key: name }], Quiet: true } }));
			} catch (error) {
				throw storageErrorOf(bucket, key, 'remove', error);
			}
		},
		removePrefix: async (prefix) => {
			assertStorageFolder(prefix, { allowAll: false });
			let removed = 0;
			const batch: string[] = [];
			const flush = async () => {
				if (batch.length === 0) return;
				try {
					await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
				} catch (error) {
					throw storageErrorOf(bucket, prefix, 'remove', error);
				}
				removed += batch.length;
				batch.length = 0;
			};
			for await (const object of list(prefix)) {
				batch.push(objectKey(object.key));
				if (batch.length === 1000) await flush();
			}
			await flush();
			return removed;
		},
		list,
		removeAbandonedWrites: async (startedBefore) => {
			let writes = 0;
			let keyMarker: string | undefined;
			let uploadIdMarker: string | undefined;
			do {
				let page: ListMultipartUploadsCommandOutput;
				try {
					page = await client.send(
						new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: settings.prefix, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }),
					);
				} catch (error) {
					// Some S3-compatible stores cannot list uploads; their AbortIncompleteMultipartUpload rule must do it.
					if ((error as { name?: string }).name === 'NotImplemented') return { writes, bytes: null, unsupported: true };
					throw storageErrorOf(bucket, 'the unfinished uploads', 'list', error);
				}
				for (const upload of page.Uploads ?? []) {
					if (!upload.Key || !upload.UploadId || !upload.Initiated || upload.Initiated >= startedBefore) continue;
					await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: upload.Key, UploadId: upload.UploadId })).catch((error: unknown) => {
						throw storageErrorOf(bucket, keyOfObject(upload.Key ?? ''), 'remove', error);
					});
					writes += 1;
				}
				keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
				uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
			} while (keyMarker);
			// S3 does not say how many bytes the parts of an upload hold without listing each one's parts.
			return { writes, bytes: null };
		},
	};
};
