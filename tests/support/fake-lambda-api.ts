import type { LambdaApi, LambdaRenderProgress } from '../../core/lambda/lambda-client.js';

export const lambdaCosts = { accruedSoFar: 0.0123, displayCost: '$0.012', currency: 'USD', disclaimer: 'Estimated cost.' };

/** A getRenderProgress answer with Remotion's field names; `over` sets what a test cares about. */
export const lambdaProgressOf = (over: Partial<LambdaRenderProgress>): LambdaRenderProgress =>
	({
		done: false,
		overallProgress: 0,
		framesRendered: 0,
		encodingStatus: null,
		costs: lambdaCosts,
		renderMetadata: { type: 'video', frameRange: [0, 299] },
		outKey: null,
		outBucket: null,
		errors: [],
		fatalErrorEncountered: false,
		estimatedBillingDurationInMilliseconds: null,
		lambdasInvoked: 3,
		outputSizeInBytes: null,
		...over,
	}) as unknown as LambdaRenderProgress;

/**
 * Speaks for AWS at the Lambda boundary (core/lambda/lambda-client.ts): answers each progress poll with the next entry
 * of `polls` (the last repeats) and records every call; `presign` makes the output's link. Nothing behind it is faked.
 */
export const fakeLambdaApi = (
	polls: (LambdaRenderProgress | Error)[],
	presign: (input: { bucketName: string; objectKey: string }) => string = (input) =>
		`https://${input.bucketName}.s3.amazonaws.com/${input.objectKey}?X-Amz-Signature=abc`,
) => {
	const calls: { method: string; input: unknown }[] = [];
	let index = 0;
	const api: LambdaApi = {
		renderMediaOnLambda: async (input) => {
			calls.push({ method: 'render', input });
			return { renderId: 'lambda-123', bucketName: 'remotionlambda-eucentral1-abc' };
		},
		getRenderProgress: async (input) => {
			calls.push({ method: 'progress', input });
			const next = polls[Math.min(index++, polls.length - 1)] as LambdaRenderProgress | Error;
			if (next instanceof Error) throw next;
			return next;
		},
		cancelRenderOnLambda: async (input) => {
			calls.push({ method: 'cancel', input });
		},
		presignUrl: async (input) => {
			calls.push({ method: 'presign', input });
			return presign(input);
		},
	};
	return { api, calls };
};
