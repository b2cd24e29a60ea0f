import { describe, expect, it } from 'vitest';
import type { RenderJobData, RenderProgress } from '../../../../core/contracts/render-job.js';
import type { LambdaApi, LambdaRenderProgress } from '../../../../core/lambda/lambda-client.js';
import { lambdaCosts as costs, fakeLambdaApi as fakeApi, lambdaProgressOf as progressOf } from '../../../../tests/support/fake-lambda-api.js';
import { RenderCancelledError } from '../../render-errors.js';
import { LambdaRenderError, renderOnLambda } from './render-on-lambda.js';

const config = {
	region: 'eu-central-1',
	functionName: 'remotion-render-4-0-527-mem2048mb-disk2048mb-120sec',
	serveUrl: 'https://bucket.s3.eu-central-1.amazonaws.com/sites/reelforge/index.html',
	bucketName: null,
	presignExpiresInSeconds: 3600,
	autoQueueDepth: 4,
	autoMinSeconds: 120,
	concurrency: 4,
};

const job: RenderJobData = {
	renderId: 'r1',
	template: 'quote-card',
	props: { quote: 'Hi' },
	output: { scale: 1, crf: 20, chunks: 1 },
	narration: null,
	backend: 'lambda',
};

type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;
const run = (api: LambdaApi, { signal = new AbortController().signal, sleep = (async () => {}) as Sleep } = {}) => {
	const progress: RenderProgress[] = [];
	const result = renderOnLambda(job, { api, config, signal, onProgress: (p) => progress.push(p), sleep });
	return { result, progress };
};

const done = progressOf({
	done: true,
	overallProgress: 1,
	framesRendered: 300,
	encodingStatus: { framesEncoded: 300, combinedFrames: 300, timeToCombine: 100 },
	outKey: 'renders/lambda-123/r1.mp4',
	outBucket: 'remotionlambda-eucentral1-abc',
	estimatedBillingDurationInMilliseconds: 45_000,
	outputSizeInBytes: 1_234_567,
});

describe('renderOnLambda', () => {
	it('starts a private, cancellable h264 render of the job on the configured function and site', async () => {
		const { api, calls } = fakeApi([done]);
		await run(api).result;
		expect(calls[0]).toEqual({
			method: 'render',
			input: expect.objectContaining({
				region: 'eu-central-1',
				functionName: config.functionName,
				serveUrl: config.serveUrl,
				composition: 'quote-card',
				inputProps: { quote: 'Hi' },
				codec: 'h264',
				crf: 20,
				privacy: 'private',
				enableCancellation: true,
			}),
		});
	});

	it('maps Lambda progress over several polls to render progress', async () => {
		const { api } = fakeApi([
			progressOf({ overallProgress: 0.1, framesRendered: 30 }),
			progressOf({ overallProgress: 0.5, framesRendered: 150 }),
			progressOf({ overallProgress: 0.9, framesRendered: 300, encodingStatus: { framesEncoded: 200, combinedFrames: 0, timeToCombine: null } }),
			done,
		]);
		const { result, progress } = run(api);
		await result;
		expect(progress.map((p) => p.stage)).toEqual(['rendering', 'rendering', 'encoding', 'encoding']);
		expect(progress.map((p) => p.renderedFrames)).toEqual([30, 150, 300, 300]);
		expect(progress[2]).toMatchObject({ encodedFrames: 200, totalFrames: 300 });
		expect(progress[0]?.progress).toBeCloseTo(0.14);
		expect(progress[3]?.progress).toBeCloseTo(0.95);
		expect(progress.every((p, i) => i === 0 || p.progress >= (progress[i - 1]?.progress ?? 0))).toBe(true);
	});

	it('returns a presigned link to the output and the cost on success', async () => {
		const { api, calls } = fakeApi([progressOf({ overallProgress: 0.5 }), done]);
		const result = await run(api).result;
		expect(result).toEqual({
			renderId: 'lambda-123',
			bucketName: 'remotionlambda-eucentral1-abc',
			outKey: 'renders/lambda-123/r1.mp4',
			outputUrl: 'https://remotionlambda-eucentral1-abc.s3.amazonaws.com/renders/lambda-123/r1.mp4?X-Amz-Signature=abc',
			costs,
			estimatedBillingDurationMs: 45_000,
			lambdasInvoked: 3,
			outputSizeBytes: 1_234_567,
			durationInFrames: 300,
		});
		expect(calls.find((c) => c.method === 'presign')?.input).toMatchObject({ expiresInSeconds: 3600, region: 'eu-central-1' });
	});

	it('turns a fatal Lambda error into a readable failure', async () => {
		const fatal = progressOf({
			fatalErrorEncountered: true,
			errors: [
				{ isFatal: false, message: 'flaky', chunk: 1, frame: null, explanation: null },
				{ isFatal: true, message: 'Composition "quote-card" not found', chunk: 2, frame: 61, explanation: 'Redeploy the site.' },
			] as LambdaRenderProgress['errors'],
		});
		const { api } = fakeApi([progressOf({ overallProgress: 0.2 }), fatal]);
		const error = await run(api).result.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(LambdaRenderError);
		expect((error as Error).message).toBe('Lambda render failed (chunk 2, frame 61): Composition "quote-card" not found — Redeploy the site.');
	});

	it('keeps polling through a few failed progress calls', async () => {
		const { api } = fakeApi([new Error('socket hang up'), new Error('socket hang up'), done]);
		await expect(run(api).result).resolves.toMatchObject({ renderId: 'lambda-123' });
	});

	it('gives up after repeated failed progress calls, naming the render', async () => {
		const { api } = fakeApi([new Error('ExpiredToken: the security token has expired')]);
		await expect(run(api).result).rejects.toThrow(/Lost track of Lambda render lambda-123: ExpiredToken/);
	});

	it('cancels the Lambda render when the signal aborts during a poll wait', async () => {
		const { api, calls } = fakeApi([progressOf({ overallProgress: 0.3 })]);
		const abort = new AbortController();
		const sleep = (_ms: number, signal: AbortSignal) =>
			new Promise<void>((_resolve, reject) => {
				signal.addEventListener('abort', () => reject(signal.reason), { once: true });
				abort.abort();
			});
		await expect(run(api, { signal: abort.signal, sleep }).result).rejects.toBeInstanceOf(RenderCancelledError);
		expect(calls.filter((c) => c.method === 'cancel')).toEqual([
			{ method: 'cancel', input: { region: 'eu-central-1', bucketName: 'remotionlambda-eucentral1-abc', renderId: 'lambda-123' } },
		]);
	});

	it('starts nothing when already aborted', async () => {
		const { api, calls } = fakeApi([done]);
		const abort = new AbortController();
		abort.abort();
		await expect(run(api, { signal: abort.signal }).result).rejects.toThrow();
		expect(calls).toEqual([]);
	});
});
