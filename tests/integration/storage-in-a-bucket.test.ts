import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../core/media/probe-media.js';
import { S3_MAX_ATTEMPTS } from '../../core/storage/s3/create-s3-storage.js';
import { type S3Server, startS3Server } from '../support/start-s3-server.js';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';
import { storedKeys } from '../support/stored-keys.js';
import { makeTempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';
import { waitForRender } from '../support/wait-for-render.js';

const run = promisify(execFile);
const PREFIX = 'deployment-a/';
let s3: S3Server;
let stack: TestStack;

beforeAll(async () => {
	s3 = await startS3Server();
	stack = await startTestStack({ env: s3.env(s3.bucket, PREFIX) });
});
afterAll(async () => {
	await stack?.stop();
	await s3?.close();
});

const downloaded = async (url: string, name: string) => {
	const response = await fetch(url);
	expect(response.status).toBe(200);
	const file = path.join(makeTempDir('download'), name);
	fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
	return file;
};
const requestsSince = (from: number) => s3.requests.slice(from);

describe('a deployment that keeps its files in a bucket', () => {
	it('renders from media in the bucket into the bucket, and hands out a presigned URL the download goes to directly', async () => {
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(stack.sampleClipSrc, 1),
			output: { scale: 0.2 },
		});
		const render = await waitForRender(stack.client, created.id, 120_000);
		expect(render.error).toBeNull();
		expect(render.status).toBe('done');
		// Nothing went to the local directory: the clip came from the bucket and the video went there.
		expect(fs.existsSync(path.join(stack.config.storageDir, 'renders'))).toBe(false);
		expect(await storedKeys(stack.storage, 'renders/')).toContain(`renders/${created.id}.mp4`);
		expect(s3.requests.some((request) => request.method === 'GET' && request.path === `/${s3.bucket}/${PREFIX}samples/clip.mp4`)).toBe(true);

		// renders.get's URL is the bucket's own, presigned: the API is not in the download's path.
		const outputUrl = render.outputUrl ?? '';
		expect(outputUrl.startsWith(`${s3.endpoint}/${s3.bucket}/${PREFIX}renders/${created.id}.mp4?`)).toBe(true);
		expect(new URL(outputUrl).searchParams.get('X-Amz-Expires')).toBe(String(stack.config.storage.presignSeconds));
		const from = s3.requests.length;
		const file = await downloaded(outputUrl, 'out.mp4');
		expect(requestsSince(from)).toEqual([expect.objectContaining({ method: 'GET', presigned: true, status: 200 })]);
		const probe = await probeMedia(file, { countFrames: true });
		expect(probe.video).toMatchObject({ codec: 'h264', frames: 30 });

		// /files/<key> with a key answers a redirect to a fresh presigned URL, carrying no bytes itself.
		const viaApi = await fetch(`${stack.api.url}/files/renders/${created.id}.mp4`, { redirect: 'manual' });
		expect(viaApi.status).toBe(302);
		expect(viaApi.headers.get('cache-control')).toBe('no-store');
		expect(viaApi.headers.get('location')?.startsWith(`${s3.endpoint}/${s3.bucket}/${PREFIX}renders/${created.id}.mp4?`)).toBe(true);
		expect((await viaApi.arrayBuffer()).byteLength).toBe(0);
		// Another workspace's key cannot ask for the redirect: it is a 404, exactly like a missing object.
		expect((await fetch(`${stack.api.url}/files/workspaces/other/renders/${created.id}.mp4`, { redirect: 'manual' })).status).toBe(404);
	});

	it("zips a batch's videos straight from the bucket, each read once", async () => {
		const batch = await stack.client.batches.create.mutate({
			template: 'quote-card',
			baseProps: { durationInSeconds: 1, interrupts: { mode: 'off' } },
			rows: [{ quote: 'One' }, { quote: 'Two' }],
			output: { scale: 0.2 },
		});
		const finished = await waitFor(
			'the batch to finish',
			async () => {
				const current = await stack.client.batches.get.query({ id: batch.id });
				return current.status === 'done' || current.status === 'failed' ? current : undefined;
			},
			150_000,
			500,
		);
		expect(finished.status).toBe('done');
		const from = s3.requests.length;
		const zip = await downloaded(finished.outputsZipUrl ?? '', 'outputs.zip');
		const reads = requestsSince(from).filter((request) => request.method === 'GET');
		expect(reads).toHaveLength(2);
		// An independent reader checks every CRC (they follow each file in a data descriptor).
		const { stdout } = await run('python3', [
			'-c',
			'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(len(z.namelist()))',
			zip,
		]);
		expect(stdout.trim()).toBe('2');
	});

	it('fails an attempt whose upload is cut off with the reason, keeps nothing of it, and succeeds on the retry', async () => {
		const from = s3.requests.length;
		// Every try the S3 client makes at the first upload is cut partway through (the render's MP4 is its first PUT).
		s3.cutUploads({ afterBytes: 4 * 1024, count: S3_MAX_ATTEMPTS });
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(stack.sampleClipSrc, 1),
			output: { scale: 0.2 },
		});
		const firstFailure = await waitFor(
			'the first attempt to fail',
			async () => (await stack.db.render.findUnique({ where: { id: created.id }, select: { error: true } }))?.error ?? undefined,
			120_000,
			20,
		);
		expect(firstFailure).toBe(`Attempt 1 failed, retrying: Could not store renders/${created.id}.mp4 in storage: the connection to S3 failed (ECONNRESET)`);
		expect(await stack.storage.stat(`renders/${created.id}.mp4`)).toBeNull();
		const render = await waitForRender(stack.client, created.id, 120_000);
		expect(render).toMatchObject({ status: 'done', attempts: 2, error: null });
		const puts = requestsSince(from).filter((request) => request.method === 'PUT' && request.path.endsWith(`renders/${created.id}.mp4`));
		expect(puts.map((request) => request.status)).toEqual([...Array(S3_MAX_ATTEMPTS).fill(-1), 200]);
		const stored = await stack.storage.stat(`renders/${created.id}.mp4`);
		expect(stored?.sizeBytes).toBe(render.outputSizeBytes);
	});
});
