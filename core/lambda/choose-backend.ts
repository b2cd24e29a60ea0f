export type RenderBackend = 'local' | 'lambda';
export type RequestedBackend = RenderBackend | 'auto';

export type ChooseBackendInput = {
	requested: RequestedBackend;
	lambdaConfigured: boolean;
	/** Jobs waiting or running in the local render queue. */
	queueDepth: number;
	/** null: not known before rendering (for example narration decides it). */
	durationSeconds: number | null;
	thresholds: { queueDepth: number; durationSeconds: number };
};

/** 'lambda' was asked for, but this deployment has no Lambda function configured. */
export class LambdaNotConfiguredError extends Error {
	constructor() {
		super('backend "lambda" was requested, but Lambda is not configured (set LAMBDA_REGION, LAMBDA_FUNCTION_NAME and LAMBDA_SERVE_URL)');
		this.name = 'LambdaNotConfiguredError';
	}
}

/**
 * Where one render runs. An explicit choice is kept (and 'lambda' without Lambda is an error, not a quiet fallback).
 * 'auto' renders locally unless Lambda is configured and either the local queue is at least `thresholds.queueDepth`
 * deep or the video is at least `thresholds.durationSeconds` long: Lambda costs money, local capacity does not.
 */
export const chooseBackend = ({ requested, lambdaConfigured, queueDepth, durationSeconds, thresholds }: ChooseBackendInput): RenderBackend => {
	if (requested === 'local') return 'local';
	if (requested === 'lambda') {
		if (!lambdaConfigured) throw new LambdaNotConfiguredError();
		return 'lambda';
	}
	if (!lambdaConfigured) return 'local';
	if (queueDepth >= thresholds.queueDepth) return 'lambda';
	if (durationSeconds !== null && durationSeconds >= thresholds.durationSeconds) return 'lambda';
	return 'local';
};
