import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allowJsExtensionImports } from '../compositions/allow-js-extension-imports.js';
import { loadConfig } from '../core/config/load-config.js';
import { projectRoot } from '../core/db/project-root.js';

export type LambdaCommandOptions = { action: string | undefined; region: string | null };

const DEFAULT_REGION = 'us-east-1';
// What Remotion recommends for short-form video: 2 GB of memory and disk, 2 minutes per chunk.
const FUNCTION_SETTINGS = { memorySizeInMb: 2048, diskSizeInMb: 2048, timeoutInSeconds: 120 };

/**
 * Whether the AWS SDK can find credentials the way Remotion looks for them: keys in the environment, a profile,
 * or the shared credentials file. Only presence is checked; no secret is read or printed.
 */
const hasAwsCredentials = (env: NodeJS.ProcessEnv = process.env): boolean =>
	Boolean(
		(env.REMOTION_AWS_ACCESS_KEY_ID && env.REMOTION_AWS_SECRET_ACCESS_KEY) ||
			(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) ||
			env.AWS_PROFILE ||
			env.REMOTION_AWS_PROFILE ||
			fs.existsSync(path.join(os.homedir(), '.aws', 'credentials')),
	);

const NO_CREDENTIALS = `No AWS credentials found. Set REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or AWS_PROFILE) for a user with Remotion's policy: see https://www.remotion.dev/docs/lambda/setup`;

const deploy = async (region: string) => {
	const { deployFunction, deploySite, getOrCreateBucket } = await import('@remotion/lambda');
	const awsRegion = region as Parameters<typeof deployFunction>[0]['region'];
	console.log(`Deploying the Remotion Lambda function to ${region}…`);
	const fn = await deployFunction({ region: awsRegion, createCloudWatchLogGroup: true, ...FUNCTION_SETTINGS });
	console.log(fn.alreadyExisted ? `Function ${fn.functionName} already existed` : `Deployed function ${fn.functionName}`);
	const { bucketName } = await getOrCreateBucket({ region: awsRegion });
	console.log(`Bundling and uploading the compositions to ${bucketName}…`);
	const site = await deploySite({
		region: awsRegion,
		bucketName,
		entryPoint: path.join(projectRoot, 'compositions', 'index.ts'),
		siteName: 'reelforge',
		// Same bundler settings as the workers' local bundle (bundle-compositions.ts).
		options: { rspack: true, rspackOverride: allowJsExtensionImports },
	});
	console.log(`\nPut these in the environment of the API and workers:\n`);
	console.log(`LAMBDA_REGION=${region}`);
	console.log(`LAMBDA_FUNCTION_NAME=${fn.functionName}`);
	console.log(`LAMBDA_SERVE_URL=${site.serveUrl}`);
	console.log(`LAMBDA_BUCKET=${bucketName}`);
};

const status = async (region: string) => {
	const { getFunctions, getRegions } = await import('@remotion/lambda');
	const regions = getRegions();
	if (!regions.includes(region as (typeof regions)[number])) throw new Error(`"--region" must be one of ${regions.join(', ')}, but is ${region}`);
	const config = loadConfig();
	console.log(
		config.lambda ? `Configured: ${config.lambda.functionName} in ${config.lambda.region}, site ${config.lambda.serveUrl}` : 'Not configured (LAMBDA_* unset)',
	);
	const functions = await getFunctions({ region: region as (typeof regions)[number], compatibleOnly: false });
	if (functions.length === 0) console.log(`No Remotion functions in ${region}; run: reelforge lambda deploy --region ${region}`);
	for (const fn of functions) {
		console.log(`${fn.functionName}  version ${fn.version ?? '?'}  ${fn.memorySizeInMb} MB  ${fn.timeoutInSeconds} s  disk ${fn.diskSizeInMb} MB`);
	}
};

/** `reelforge lambda deploy|status`: sets up Remotion Lambda and prints the configuration to use it. */
export const lambdaCommand = async (options: LambdaCommandOptions): Promise<number> => {
	if (options.action !== 'deploy' && options.action !== 'status') {
		console.error('Usage: reelforge lambda deploy|status [--region us-east-1]');
		return 2;
	}
	if (!hasAwsCredentials()) {
		console.error(NO_CREDENTIALS);
		return 1;
	}
	const region = options.region ?? loadConfig().lambda?.region ?? DEFAULT_REGION;
	if (options.action === 'deploy') await deploy(region);
	else await status(region);
	return 0;
};
