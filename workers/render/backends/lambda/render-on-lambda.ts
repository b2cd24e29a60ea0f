import { setTimeout as delay } from 'node:timers/promises';
import type { Config } from '../../../../core/config/load-config.js';
import type { RenderJobData, RenderProgress } from '../../../../core/contracts/render-job.js';
import type { AwsRegion, LambdaApi, LambdaRenderProgress } from '../../../../core/lambda/lambda-client.js';
import { span } from '../../progress-span.js';
import { RenderCancelledError } from '../../render-errors.js';

export type LambdaRenderResult = {
	renderId: string;
	bucketName: string;
	outKey: string;
	/** Presigned GET link to the output in S3, valid for LAMBDA_PRESIGN_SECONDS. */
	outputUrl: string;
	costs: { accruedSoFar: number; displayCost: string; currency: string; disclaimer: string };
	estimatedBillingDurationMs: number | null;
	lambdasInvoked: number;
	outputSizeBytes: number | null;
	durationInFrames: number;
};

export type RenderOnLambdaDeps = {
	api: LambdaApi;
	config: NonNullable<Config['lambda']>;
	signal: AbortSignal;
	onProgress: (progress: RenderProgress) => void;
	/** Resolves after `ms`, or rejects early when `signal` aborts (default: a real timer). */
	sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
	pollIntervalMs?: number;
};

/** Lambda reported a fatal error: the render stopped in AWS. Carries Remotion's own explanation where it has one. */
export class LambdaRenderError extends Error {
	constructor(
		message: string,
		readonly lambdaRenderId: string,
	) {
		super(message);
		this.name = 'LambdaRenderError';
	}
}

// Progress and cancel calls that fail in a row before the render is given up (a blip in S3 or the network passes).
const MAX_POLL_FAILURES = 5;
const sleepUnlessAborted = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal });

const totalFramesOf = (progress: LambdaRenderProgress) => {
	const meta = progress.renderMetadata;
	const range = meta && 'frameRange' in meta ? meta.frameRange : null;
	return range ? range[1] - range[0] + 1 : 0;
};

/** Lambda's progress as ours: 5%..95% over the render, like a local one, leaving the rest to whoever stores the output. */
export const toRenderProgress = (progress: LambdaRenderProgress): RenderProgress => {
	const totalFrames = totalFramesOf(progress);
	const renderedFrames = Math.min(progress.framesRendered, totalFrames || progress.framesRendered);
	const encodedFrames = progress.encodingStatus?.framesEncoded ?? 0;
	return {
		stage: totalFrames > 0 && renderedFrames >= totalFrames ? 'encoding' : 'rendering',
		progress: span(0.05, 0.95, progress.overallProgress),
		renderedFrames,
		encodedFrames,
		totalFrames,
	};
};

const fatalMessage = (progress: LambdaRenderProgress) => {
	const fatal = progress.errors.find((error) => error.isFatal) ?? progress.errors.at(-1);
	if (!fatal) return 'Lambda render failed without an error message';
	const where = fatal.chunk === null ? '' : ` (chunk ${fatal.chunk}${fatal.frame === null ? '' : `, frame ${fatal.frame}`})`;
	return `Lambda render failed${where}: ${fatal.message}${fatal.explanation ? ` — ${fatal.explanation}` : ''}`;
};

/**
 * Renders one job on Remotion Lambda: starts it (private output, cancellable), polls its progress every second,
 * cancels it in AWS when `signal` aborts, and returns a presigned link to the output and what it cost.
 */
export const renderOnLambda = async (job: RenderJobData, deps: RenderOnLambdaDeps): Promise<LambdaRenderResult> => {
	const { api, config, signal } = deps;
	const region = config.region as AwsRegion;
	signal.throwIfAborted();
	const started = await api.renderMediaOnLambda({
		region,
		functionName: config.functionName,
		serveUrl: config.serveUrl,
		composition: job.template,
		inputProps: job.props,
		codec: 'h264',
		// Standard colour, as local renders: BT.709, limited range, tagged (Remotion 4's default is full range, tagged BT.601).
		colorSpace: job.output.colorSpace === 'bt601-full' ? 'default' : 'bt709',
		scale: job.output.scale,
		crf: job.output.videoBitrate ? undefined : job.output.crf,
		videoBitrate: job.output.videoBitrate ?? null,
		privacy: 'private',
		enableCancellation: true,
		outName: `${job.renderId}.mp4`,
		...(config.bucketName ? { forceBucketName: config.bucketName } : {}),
	});
	const { renderId, bucketName } = started;
	const where = { region, bucketName, renderId };

	const cancel = async () => {
		await api.cancelRenderOnLambda(where).catch(() => {
			// The render may have finished or failed meanwhile; Lambda stops on its own at its timeout anyway.
		});
		throw new RenderCancelledError(job.renderId);
	};

	let failures = 0;
	for (;;) {
		if (signal.aborted) return cancel();
		let progress: LambdaRenderProgress | null = null;
		try {
			progress = await api.getRenderProgress({ ...where, functionName: config.functionName });
			failures = 0;
		} catch (error) {
			failures += 1;
			if (failures >= MAX_POLL_FAILURES) {
				throw new Error(`Lost track of Lambda render ${renderId}: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
		if (progress) {
			if (progress.fatalErrorEncountered) throw new LambdaRenderError(fatalMessage(progress), renderId);
			deps.onProgress(toRenderProgress(progress));
			if (progress.done) {
				const outKey = progress.outKey;
				const outBucket = progress.outBucket ?? bucketName;
				if (!outKey) throw new LambdaRenderError(`Lambda render ${renderId} finished without an output file`, renderId);
				const outputUrl = await api.presignUrl({ region, bucketName: outBucket, objectKey: outKey, expiresInSeconds: config.presignExpiresInSeconds });
				return {
					renderId,
					bucketName: outBucket,
					outKey,
					outputUrl,
					costs: { ...progress.costs },
					estimatedBillingDurationMs: progress.estimatedBillingDurationInMilliseconds,
					lambdasInvoked: progress.lambdasInvoked,
					outputSizeBytes: progress.outputSizeInBytes,
					durationInFrames: totalFramesOf(progress),
				};
			}
		}
		try {
			await (deps.sleep ?? sleepUnlessAborted)(deps.pollIntervalMs ?? 1000, signal);
		} catch {
			return cancel();
		}
	}
};
