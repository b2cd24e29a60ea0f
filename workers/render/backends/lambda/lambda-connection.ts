import type { Config } from '../../../../core/config/load-config.js';
import { createLambdaApi, type LambdaApi } from '../../../../core/lambda/lambda-client.js';

/** What a worker needs to render on Remotion Lambda: the AWS-facing calls and where the function and site are. */
export type LambdaConnection = { api: LambdaApi; config: NonNullable<Config['lambda']> };

/** The Lambda backend this configuration enables, or null. `api` replaces the real client (tests speak for AWS). */
export const lambdaConnectionOf = (config: Config, api: LambdaApi = createLambdaApi()): LambdaConnection | null =>
	config.lambda ? { api, config: config.lambda } : null;
