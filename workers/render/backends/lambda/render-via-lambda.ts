import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RenderJobData } from '../../../../core/contracts/render-job.js';
import { probeMedia } from '../../../../core/media/probe-media.js';
import { REMOTION_AAC_PRIMING_SAMPLES } from '../../delivery/remotion-aac-priming.js';
import { narratedProps } from '../../narration/narrated-props.js';
import type { ProducedVideo, ReportProgress } from '../../render-attempt.js';
import type { RenderContext } from '../../render-context.js';
import { RenderInputError } from '../../render-errors.js';
import { lambdaReachableProps } from './lambda-reachable-props.js';
import { lambdaStorageUrls } from './lambda-storage-urls.js';
import { renderOnLambda } from './render-on-lambda.js';

// Lambda's own output is x264 (hardware encoding is off in Lambda); recorded with the backend so it is not mistaken for a local render.
const LAMBDA_ENCODER = 'libx264 (lambda)';
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

export type RenderViaLambdaInput = {
	data: RenderJobData;
	outputPath: string;
	ctx: Pick<
		RenderContext,
		| 'db'
		| 'storage'
		| 'voiceover'
		| 'lambda'
		| 'publicUrl'
		| 'links'
		| 'outbound'
		| 'transcription'
		| 'scratchDir'
		| 'mediaCache'
		| 'fetchTimeoutMs'
		| 'fetchMaxBytes'
		| 'logger'
	>;
	signal: AbortSignal;
	report: ReportProgress;
};

/**
 * Renders on Remotion Lambda: narration is synthesised here (Lambda then fetches its audio like any storage media), Lambda
 * renders and stores the video in S3, and the output is downloaded into this deployment's storage like a local one.
 * The S3 object stays too, with its presigned link and Lambda's cost estimate recorded on the render.
 */
export const renderViaLambda = async ({ data, outputPath, ctx, signal, report }: RenderViaLambdaInput): Promise<ProducedVideo> => {
	if (!ctx.lambda)
		throw new RenderInputError(
			'This render was queued for Lambda, but this worker has no Lambda configuration (LAMBDA_REGION, LAMBDA_FUNCTION_NAME, LAMBDA_SERVE_URL)',
		);
	const { props, voiceoverMs } = await narratedProps(data, ctx, signal);
	const prepareStart = Date.now();
	const reachable = await lambdaReachableProps(
		props,
		lambdaStorageUrls({ storage: ctx.storage, links: ctx.links, publicUrl: ctx.publicUrl, expiresInSeconds: ctx.lambda.config.presignExpiresInSeconds }),
	);
	const prepareMs = Date.now() - prepareStart;

	const renderStart = Date.now();
	const lambda = await renderOnLambda(
		{ ...data, props: reachable },
		{ api: ctx.lambda.api, config: ctx.lambda.config, signal, onProgress: (progress) => report(progress) },
	);
	const response = await ctx.outbound.fetch(lambda.outputUrl, { signal: AbortSignal.any([signal, AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)]) });
	if (!response.ok || !response.body) throw new Error(`Downloading Lambda's output (render ${lambda.renderId}) failed: HTTP ${response.status}`);
	await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>), fs.createWriteStream(outputPath));
	const probe = await probeMedia(outputPath);
	if (!probe.video) throw new Error(`Lambda's output (render ${lambda.renderId}) has no video stream`);
	return {
		file: outputPath,
		// Lambda joins its chunks' AAC the way the chunked backend does, encoder priming and all.
		audio: probe.audio ? { file: outputPath, encoderDelaySamples: REMOTION_AAC_PRIMING_SAMPLES } : null,
		video: {
			encoder: LAMBDA_ENCODER,
			width: probe.video.width,
			height: probe.video.height,
			fps: probe.video.fps,
			durationInFrames: lambda.durationInFrames || Math.round(probe.durationSeconds * probe.video.fps),
		},
		timings: { voiceoverMs, prepareMs, bundleMs: 0, renderMs: Date.now() - renderStart },
		record: {
			lambda: {
				region: ctx.lambda.config.region,
				functionName: ctx.lambda.config.functionName,
				bucketName: lambda.bucketName,
				renderId: lambda.renderId,
				outKey: lambda.outKey,
				outputUrl: lambda.outputUrl,
				lambdasInvoked: lambda.lambdasInvoked,
				estimatedBillingDurationMs: lambda.estimatedBillingDurationMs,
			},
			costEstimateUsd: lambda.costs.currency === 'USD' ? lambda.costs.accruedSoFar : null,
		},
	};
};
