import type {
	AwsRegion,
	CancelRenderOnLambdaInput,
	GetRenderProgressInput,
	PresignUrlInput,
	RenderMediaOnLambdaInput,
	RenderMediaOnLambdaOutput,
	RenderProgress,
} from '@remotion/lambda/client';

export type { AwsRegion, RenderProgress as LambdaRenderProgress };

/** The Remotion Lambda calls Reelforge makes; tests replace this boundary, nothing behind it reaches AWS. */
export type LambdaApi = {
	renderMediaOnLambda: (input: RenderMediaOnLambdaInput) => Promise<Pick<RenderMediaOnLambdaOutput, 'renderId' | 'bucketName'>>;
	getRenderProgress: (input: GetRenderProgressInput) => Promise<RenderProgress>;
	cancelRenderOnLambda: (input: CancelRenderOnLambdaInput) => Promise<void>;
	presignUrl: (input: PresignUrlInput<false>) => Promise<string>;
};

/** The real client. Imported lazily so a process that never renders on Lambda does not load the AWS SDK. */
export const createLambdaApi = (): LambdaApi => {
	const client = () => import('@remotion/lambda/client');
	return {
		renderMediaOnLambda: async (input) => (await client()).renderMediaOnLambda(input),
		getRenderProgress: async (input) => (await client()).getRenderProgress(input),
		cancelRenderOnLambda: async (input) => (await client()).cancelRenderOnLambda(input),
		presignUrl: async (input) => (await client()).presignUrl<false>(input),
	};
};
