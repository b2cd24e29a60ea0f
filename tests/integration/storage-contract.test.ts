import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundPolicy } from '../../core/net/create-outbound-policy.js';
import { createMediaCache, type MediaCache } from '../../core/storage/cache/create-media-cache.js';
import { createLocalStorage } from '../../core/storage/local/create-local-storage.js';
import { createS3Storage, S3_MAX_ATTEMPTS } from '../../core/storage/s3/create-s3-storage.js';
import type { S3StorageSettings } from '../../core/storage/s3/s3-storage-settings.js';
import type { Storage } from '../../core/storage/storage.js';
import { StorageError } from '../../core/storage/storage-error.js';
import { DEFAULT_WORKSPACE_ID } from '../../core/workspaces/default-workspace.js';
import { scopeStorage } from '../../core/workspaces/scope-storage.js';
import { type S3Server, startS3Server } from '../support/start-s3-server.js';
import { storedKeys } from '../support/stored-keys.js';
import { makeTempDir } from '../support/temp-dir.js';

let s3: S3Server;
const caches: MediaCache[] = [];
const outbound = createOutboundPolicy({ rules: [] });

const settingsOf = (overrides: Partial<S3StorageSettings> = {}): S3StorageSettings => ({
	bucket: s3.bucket,
	prefix: `run-${randomBytes(4).toString('hex')}/`,
	region: 'us-east-1',
	endpoint: s3.endpoint,
	publicEndpoint: null,
	forcePathStyle: true,
	credentials: s3.credentials,
	partSizeBytes: 5 * 1024 * 1024,
	...overrides,
});
const cacheOf = () => {
	const cache = createMediaCache({ dir: makeTempDir('media-cache'), maxBytes: 512 * 1024 * 1024 });
	caches.push(cache);
	return cache;
};
const s3StorageOf = (overrides: Partial<S3StorageSettings> = {}) => createS3Storage(settingsOf(overrides), { cache: cacheOf(), agents: outbound.agents });

/** A file of `bytes` random bytes to put into storage (putFile moves it away). */
const fileOf = (bytes: number | Buffer) => {
	const file = path.join(makeTempDir('upload'), `source-${randomBytes(4).toString('hex')}.bin`);
	fs.writeFileSync(file, typeof bytes === 'number' ? randomBytes(bytes) : bytes);
	return { file, bytes: fs.readFileSync(file) };
};
const readAll = async (stream: AsyncIterable<Buffer | Uint8Array>) => {
	const parts: Buffer[] = [];
	for await (const chunk of stream) parts.push(Buffer.from(chunk));
	return Buffer.concat(parts);
};

beforeAll(async () => {
	s3 = await startS3Server();
});
afterAll(async () => {
	for (const cache of caches) cache.close();
	await s3?.close();
});

describe.each([
	['local directory', () => createLocalStorage(makeTempDir('storage'))],
	['S3 bucket (s3rver)', () => s3StorageOf()],
] as [string, () => Storage][])('storage in a %s', (_name, make) => {
	it('stores a file under its key, moves the source away, and reads it back whole and by range', async () => {
		const storage = make();
		const { file, bytes } = fileOf(300_000);
		expect(await storage.putFile('renders/abc.mp4', file, { contentType: 'video/mp4' })).toEqual({ sizeBytes: bytes.length });
		expect(fs.existsSync(file)).toBe(false);
		const stat = await storage.stat('renders/abc.mp4');
		expect(stat).toMatchObject({ key: 'renders/abc.mp4', sizeBytes: bytes.length });
		expect(stat?.etag).toMatch(/\S/);
		expect((await readAll(await storage.read('renders/abc.mp4'))).equals(bytes)).toBe(true);
		expect((await readAll(await storage.read('renders/abc.mp4', { start: 1000, end: 1999 }))).equals(bytes.subarray(1000, 2000))).toBe(true);
		const local = await storage.openLocal('renders/abc.mp4');
		expect(fs.readFileSync(local.path).equals(bytes)).toBe(true);
		local.release();
	});

	it('replaces an object whole, and a new etag says the bytes changed', async () => {
		const storage = make();
		await storage.putFile('clips/a.mp4', fileOf(Buffer.from('first version')).file);
		const before = await storage.stat('clips/a.mp4');
		await storage.putFile('clips/a.mp4', fileOf(Buffer.from('second, longer version')).file);
		const after = await storage.stat('clips/a.mp4');
		expect(after?.sizeBytes).toBe(22);
		expect(after?.etag).not.toBe(before?.etag);
		expect(await text(await storage.read('clips/a.mp4'))).toBe('second, longer version');
	});

	it('lists a folder in key order, removes one object and a whole folder, and never removes everything at once', async () => {
		const storage = make();
		for (const key of ['chunks/r1/v-1.ts', 'chunks/r1/v-0.ts', 'chunks/r2/v-0.ts', 'renders/r1.mp4']) await storage.putFile(key, fileOf(10).file);
		expect(await storedKeys(storage, 'chunks/r1/')).toEqual(['chunks/r1/v-0.ts', 'chunks/r1/v-1.ts']);
		expect(await storedKeys(storage, '')).toEqual(['chunks/r1/v-0.ts', 'chunks/r1/v-1.ts', 'chunks/r2/v-0.ts', 'renders/r1.mp4']);
		expect(await storage.removePrefix('chunks/r1/')).toBe(2);
		await storage.remove('renders/r1.mp4');
		expect(await storedKeys(storage, '')).toEqual(['chunks/r2/v-0.ts']);
		expect(await storage.stat('renders/r1.mp4')).toBeNull();
		await expect(storage.removePrefix('')).rejects.toThrow('"prefix" must be a folder of storage ending in /');
		await expect(storage.removePrefix('chunks')).rejects.toThrow('"prefix" must be a folder');
		expect(await storedKeys(storage, '')).toEqual(['chunks/r2/v-0.ts']);
	});

	it.each(['../etc/passwd', '/etc/passwd', 'renders/../../x', '.hidden/file', 'a//b', 'a\\b', ''])('refuses the key %j', async (key) => {
		const storage = make();
		await expect(storage.putFile(key, fileOf(1).file)).rejects.toThrow(/"key" must be a relative path/);
		await expect(storage.stat(key)).rejects.toThrow(/"key" must be a relative path/);
	});

	it("keeps a workspace's objects apart: the default workspace lists none of another's, and no key reaches them", async () => {
		const root = make();
		const acme = scopeStorage(root, 'acme');
		const fallback = scopeStorage(root, DEFAULT_WORKSPACE_ID);
		await acme.putFile('renders/secret.mp4', fileOf(10).file);
		await fallback.putFile('renders/mine.mp4', fileOf(10).file);
		expect(await storedKeys(fallback, '')).toEqual(['renders/mine.mp4']);
		expect(await storedKeys(acme, '')).toEqual(['renders/secret.mp4']);
		await expect(fallback.stat('workspaces/acme/renders/secret.mp4')).rejects.toThrow('is not a key of this workspace');
	});
});

describe('S3 storage, as a bucket behaves', () => {
	it('uploads a large file in parts and the object appears only when the upload completes', async () => {
		const storage = s3StorageOf();
		const { file, bytes } = fileOf(12 * 1024 * 1024);
		const from = s3.requests.length;
		const upload = storage.putFile('renders/big.mp4', file);
		// While parts go up, nobody sees the object.
		while (!s3.requests.slice(from).some((request) => request.method === 'PUT' && request.query.includes('partNumber='))) {
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
		expect(await storage.stat('renders/big.mp4')).toBeNull();
		await upload;
		const requests = s3.requests.slice(from);
		expect(requests.filter((request) => request.method === 'PUT' && request.query.includes('partNumber=')).length).toBe(3);
		expect(requests.some((request) => request.method === 'POST' && request.query.includes('uploadId='))).toBe(true);
		expect((await readAll(await storage.read('renders/big.mp4'))).equals(bytes)).toBe(true);
	});

	it('hands out presigned URLs that download the object without credentials, and refuses tampered or expired ones', async () => {
		const storage = s3StorageOf();
		const { file, bytes } = fileOf(50_000);
		await storage.putFile('renders/p.mp4', file);
		const url = await storage.presignedUrlOf('renders/p.mp4', { expiresInSeconds: 1 });
		expect(url).toMatch(new RegExp(`^${s3.endpoint}/${s3.bucket}/run-[0-9a-f]+/renders/p\\.mp4\\?.*X-Amz-Signature=`));
		const download = await fetch(url ?? '', { headers: { range: 'bytes=0-99' } });
		expect(download.status).toBe(206);
		expect(Buffer.from(await download.arrayBuffer()).equals(bytes.subarray(0, 100))).toBe(true);
		expect((await fetch((url ?? '').replace(/X-Amz-Signature=[0-9a-f]{8}/, 'X-Amz-Signature=00000000'))).status).toBe(403);
		await new Promise((resolve) => setTimeout(resolve, 2100));
		const expired = await fetch(url ?? '');
		expect(expired.status).toBe(403);
		expect(await expired.text()).toContain('Request has expired');
	});

	it('signs download URLs for the public endpoint where clients reach the bucket by another address than workers', async () => {
		// A second door to the same server stands for the address published to clients (MinIO behind compose, say).
		const published = await s3.openDoor();
		const storage = s3StorageOf({ publicEndpoint: published.endpoint });
		const { file, bytes } = fileOf(20_000);
		await storage.putFile('renders/public.mp4', file);
		const url = await storage.presignedUrlOf('renders/public.mp4', { expiresInSeconds: 60 });
		expect(url?.startsWith(`${published.endpoint}/${s3.bucket}/`)).toBe(true);
		const download = await fetch(url ?? '');
		expect(download.status).toBe(200);
		expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
		expect(published.requests.map((request) => [request.method, request.presigned])).toEqual([['GET', true]]);
	});

	it('opens an object as a local file once per machine: the second open is served from the cache, not the bucket', async () => {
		const storage = s3StorageOf();
		await storage.putFile('clips/shared.mp4', fileOf(100_000).file);
		const gets = () => s3.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/clips/shared.mp4')).length;
		const first = await storage.openLocal('clips/shared.mp4');
		const second = await storage.openLocal('clips/shared.mp4');
		expect(second.path).toBe(first.path);
		expect(gets()).toBe(1);
		first.release();
		second.release();
	});

	it('names a missing bucket, and does not retry it', async () => {
		const storage = s3StorageOf({ bucket: 'no-such-bucket' });
		const error = await storage.putFile('renders/x.mp4', fileOf(10).file).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).message).toBe('Could not store renders/x.mp4 in storage: the bucket no-such-bucket does not exist');
		expect((error as StorageError).retryable).toBe(false);
		await expect(storedKeys(storage, '')).rejects.toThrow('Could not list the objects in storage: the bucket no-such-bucket does not exist');
	});

	it('says access was denied for wrong credentials, without echoing the secret', async () => {
		const storage = s3StorageOf({ credentials: { accessKeyId: 'WRONGKEY', secretAccessKey: 'wrong-secret-value' } });
		const error = (await storage.putFile('renders/x.mp4', fileOf(10).file).catch((caught: unknown) => caught)) as StorageError;
		expect(error).toBeInstanceOf(StorageError);
		expect(error.message).toMatch(/^Could not store renders\/x\.mp4 in storage: access to the bucket reelforge was denied \(\w+\): check the credentials$/);
		expect(error.retryable).toBe(false);
		expect(error.message).not.toContain('wrong-secret-value');
	});

	it('leaves nothing visible when the connection is cut mid-upload, and says so as a retryable failure', async () => {
		const storage = s3StorageOf();
		const small = fileOf(200_000);
		const large = fileOf(11 * 1024 * 1024);
		// Every try the SDK makes is cut partway through its body.
		s3.cutUploads({ afterBytes: 64 * 1024, count: S3_MAX_ATTEMPTS });
		const single = (await storage.putFile('renders/cut.mp4', small.file).catch((caught: unknown) => caught)) as StorageError;
		expect(single).toBeInstanceOf(StorageError);
		expect(single.message).toMatch(/^Could not store renders\/cut\.mp4 in storage: the connection to S3 failed/);
		expect(single.retryable).toBe(true);
		expect(fs.existsSync(small.file)).toBe(true);

		s3.cutUploads({ afterBytes: 64 * 1024, count: S3_MAX_ATTEMPTS * 2 });
		const multipart = (await storage.putFile('renders/cut-big.mp4', large.file).catch((caught: unknown) => caught)) as StorageError;
		expect(multipart).toBeInstanceOf(StorageError);
		expect(multipart.message).toMatch(/^Could not store renders\/cut-big\.mp4 in storage: the connection to S3 failed/);
		expect(multipart.retryable).toBe(true);
		s3.cutUploads({ afterBytes: 0, count: 0 });
		expect(await storage.stat('renders/cut.mp4')).toBeNull();
		expect(await storage.stat('renders/cut-big.mp4')).toBeNull();
		expect(await storedKeys(storage, '')).toEqual([]);
		// The source is kept for the retry, which goes through once the connection holds.
		await storage.putFile('renders/cut.mp4', small.file);
		expect((await readAll(await storage.read('renders/cut.mp4'))).equals(small.bytes)).toBe(true);
	});
});
