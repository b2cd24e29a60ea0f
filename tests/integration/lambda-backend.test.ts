import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFile } from '../../core/http/serve-file.js';
import { makeSampleClip } from '../../core/media/make-sample-clip.js';
import { probeMedia } from '../../core/media/probe-media.js';
import type { RenderView } from '../../server/renders/render-view.js';
import { fakeLambdaApi, lambdaProgressOf } from '../support/fake-lambda-api.js';
import { type S3Server, startS3Server } from '../support/start-s3-server.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';
import { waitForRender } from '../support/wait-for-render.js';

// S3 stands here: a loopback server holding the MP4 "Lambda" wrote; the presigned link points at it.
let s3: http.Server;
let s3Url = '';
let stack: TestStack;
let plainStack: TestStack;
const lambda = fakeLambdaApi(
	[
		lambdaProgressOf({ overallProgress: 0.4, framesRendered: 24, renderMetadata: { type: 'video', frameRange: [0, 59] } as never }),
		lambdaProgressOf({
			done: true,
			overallProgress: 1,
			framesRendered: 60,
			renderMetadata: { type: 'video', frameRange: [0, 59] } as never,
			outKey: 'renders/lambda-123/out.mp4',
			outBucket: 'remotionlambda-useast1-abc',
			estimatedBillingDurationInMilliseconds: 12_000,
			outputSizeInBytes: 50_000,
		}),
	],
	(input) => `${s3Url}/${input.bucketName}/${input.objectKey}?X-Amz-Signature=test`,
);

beforeAll(async () => {
	const output = await makeSampleClip(path.join(makeTempDir('s3'), 'out.mp4'), { seconds: 2, width: 180, height: 320, fps: 30 });
	s3 = http.createServer((req, res) => {
		if (req.url?.startsWith('/remotionlambda-useast1-abc/renders/lambda-123/out.mp4?X-Amz-Signature=')) return void serveFile(req, res, output);
		res.writeHead(403).end('SignatureDoesNotMatch');
	});
	await new Promise<void>((resolve) => s3.listen(0, '127.0.0.1', resolve));
	s3Url = `http://127.0.0.1:${(s3.address() as { port: number }).port}`;
	stack = await startTestStack({
		lambdaApi: lambda.api,
		env: {
			LAMBDA_REGION: 'us-east-1',
			LAMBDA_FUNCTION_NAME: 'remotion-render-4-0-527-mem2048mb-disk2048mb-120sec',
			LAMBDA_SERVE_URL: 'https://remotionlambda-useast1-abc.s3.us-east-1.amazonaws.com/sites/reelforge/index.html',
			LAMBDA_AUTO_MIN_SECONDS: '30',
			PUBLIC_URL: 'https://reelforge.example.com',
		},
	});
	plainStack = await startTestStack({ worker: false });
});
afterAll(async () => {
	await stack?.stop();
	await plainStack?.stop();
	s3?.close();
});

const finished = (id: string) => waitForRender(stack.client, id);

describe('the Lambda backend (AWS replaced at the Lambda client boundary)', () => {
	it('renders on Lambda, downloads the output into storage, and records the Lambda render and its cost', async () => {
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: { durationInSeconds: 2, background: { src: stack.sampleClipSrc }, captions: { words: [{ text: 'Hi', startMs: 0, endMs: 500 }] } },
			backend: 'lambda',
			output: { scale: 0.5 },
		});
		expect(created.backend).toBe('lambda');
		const render: RenderView = await finished(created.id);
		expect(render.error).toBeNull();
		expect(render).toMatchObject({ status: 'done', backend: 'lambda', encoder: 'libx264 (lambda)', costEstimateUsd: 0.0123, durationInFrames: 60, width: 180 });
		expect(render.lambda).toMatchObject({ region: 'us-east-1', renderId: 'lambda-123', bucketName: 'remotionlambda-useast1-abc', lambdasInvoked: 3 });

		const started = lambda.calls.find((call) => call.method === 'render')?.input as Record<string, unknown>;
		expect(started).toMatchObject({
			region: 'us-east-1',
			composition: 'captioned-clip',
			serveUrl: 'https://remotionlambda-useast1-abc.s3.us-east-1.amazonaws.com/sites/reelforge/index.html',
			codec: 'h264',
			scale: 0.5,
			privacy: 'private',
		});
		// With local storage, Lambda fetches storage media from this deployment's /files route at PUBLIC_URL, on a signed link.
		const link = new URL((started.inputProps as { background: { src: string } }).background.src);
		expect(`${link.origin}${link.pathname}`).toBe('https://reelforge.example.com/files/samples/clip.mp4');
		// The link opens without a key (here at the API's own address, where PUBLIC_URL would lead).
		const fetched = await fetch(`${stack.api.url}${link.pathname}${link.search}`);
		expect(fetched.status).toBe(200);
		expect(Buffer.from(await fetched.arrayBuffer()).equals(fs.readFileSync(path.join(stack.config.storageDir, 'samples/clip.mp4')))).toBe(true);

		const probe = await probeMedia(path.join(stack.config.storageDir, `renders/${created.id}.mp4`), { countFrames: true });
		expect(probe.video).toMatchObject({ codec: 'h264', frames: 60 });
	});

	it('auto sends a long video to Lambda and a short one to the local workers', async () => {
		const props = (seconds: number) => ({ durationInSeconds: seconds, background: { src: stack.sampleClipSrc }, captions: { words: [] } });
		const long = await stack.client.renders.create.mutate({ template: 'captioned-clip', props: props(45), backend: 'auto' });
		const short = await stack.client.renders.create.mutate({ template: 'captioned-clip', props: props(1), backend: 'auto', output: { scale: 0.2 } });
		expect(long.backend).toBe('lambda');
		expect(short.backend).toBe('local');
		await stack.client.renders.cancel.mutate({ id: long.id });
		expect((await finished(short.id)).status).toBe('done');
	});

	it('refuses media Lambda could not reach, naming it, and fails the render without retrying', async () => {
		const created = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: { durationInSeconds: 1, background: { src: 'http://127.0.0.1:9/clip.mp4' }, captions: { words: [] } },
			backend: 'lambda',
		});
		const render = await finished(created.id);
		expect(render.status).toBe('failed');
		expect(render.error).toContain('Lambda cannot fetch "http://127.0.0.1:9/clip.mp4"');
		expect(render.attempts).toBe(1);
	});

	it('refuses backend lambda where Lambda is not configured, before recording anything', async () => {
		const before = await plainStack.db.render.count();
		const error = await trpcErrorOf(
			plainStack.client.renders.create.mutate({
				template: 'captioned-clip',
				props: { durationInSeconds: 1, background: { src: plainStack.sampleClipSrc }, captions: { words: [] } },
				backend: 'lambda',
			}),
		);
		expect(error.data?.code).toBe('BAD_REQUEST');
		expect(error.message).toContain('Lambda is not configured');
		expect(await plainStack.db.render.count()).toBe(before);
	});
});

describe('the Lambda backend with files in a bucket', () => {
	let bucket: S3Server;
	let bucketStack: TestStack;
	const bucketLambda = fakeLambdaApi(
		[
			lambdaProgressOf({
				done: true,
				overallProgress: 1,
				framesRendered: 60,
				renderMetadata: { type: 'video', frameRange: [0, 59] } as never,
				outKey: 'renders/lambda-123/out.mp4',
				outBucket: 'remotionlambda-useast1-abc',
				estimatedBillingDurationInMilliseconds: 12_000,
				outputSizeInBytes: 50_000,
			}),
		],
		(input) => `${s3Url}/${input.bucketName}/${input.objectKey}?X-Amz-Signature=test`,
	);
	beforeAll(async () => {
		bucket = await startS3Server();
		bucketStack = await startTestStack({
			lambdaApi: bucketLambda.api,
			env: {
				...bucket.env(),
				LAMBDA_REGION: 'us-east-1',
				LAMBDA_FUNCTION_NAME: 'remotion-render-4-0-527-mem2048mb-disk2048mb-120sec',
				LAMBDA_SERVE_URL: 'https://remotionlambda-useast1-abc.s3.us-east-1.amazonaws.com/sites/reelforge/index.html',
			},
		});
	});
	afterAll(async () => {
		await bucketStack?.stop();
		await bucket?.close();
	});

	it('gives Lambda presigned bucket URLs for storage media, with no PUBLIC_URL, and stores the output in the bucket', async () => {
		expect(bucketStack.config.publicUrl).toBeNull();
		const created = await bucketStack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: { durationInSeconds: 2, background: { src: bucketStack.sampleClipSrc }, captions: { words: [{ text: 'Hi', startMs: 0, endMs: 500 }] } },
			backend: 'lambda',
			output: { scale: 0.5 },
		});
		const render = await waitForRender(bucketStack.client, created.id);
		expect(render.error).toBeNull();
		expect(render.status).toBe('done');
		const started = bucketLambda.calls.find((call) => call.method === 'render')?.input as { inputProps: { background: { src: string } } };
		const src = new URL(started.inputProps.background.src);
		expect(`${src.origin}${src.pathname}`).toBe(`${bucket.endpoint}/${bucket.bucket}/samples/clip.mp4`);
		expect(src.searchParams.get('X-Amz-Expires')).toBe(String(bucketStack.config.lambda?.presignExpiresInSeconds));
		// What Lambda would download: the clip's bytes, from the bucket, on the signature alone.
		const fetched = await fetch(src);
		expect(fetched.status).toBe(200);
		const stored = await bucketStack.storage.openLocal('samples/clip.mp4');
		expect(Buffer.from(await fetched.arrayBuffer()).equals(fs.readFileSync(stored.path))).toBe(true);
		stored.release();
		expect(bucket.requests.filter((request) => request.presigned && request.path.endsWith('/samples/clip.mp4')).map((request) => request.status)).toEqual([
			200,
		]);
		expect((await bucketStack.storage.stat(`renders/${created.id}.mp4`))?.sizeBytes).toBe(render.outputSizeBytes);
	});
});
