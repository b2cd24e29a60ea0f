import { parseArgs } from 'node:util';
import { ConfigError } from '../core/config/load-config.js';
import { demoCommand } from './demo-command.js';
import { keysCommand } from './keys-command.js';
import { lambdaCommand } from './lambda-command.js';
import { renderCommand } from './render-command.js';
import { serveCommand } from './serve-command.js';
import { storageCommand } from './storage-command.js';
import { workerCommand } from './worker-command.js';
import { workspacesCommand } from './workspaces-command.js';

const usage = `Usage: reelforge <command> [options]

Commands:
  demo                         Start the API and a worker, render a sample video through the API, print its path
  render <template>            Render one video in this process (no Redis needed)
      --props <file.json> | --props-json '<json>'   template props
      --scale <n>              size multiplier (default 1; 0.25 turns 1080x1920 into 270x480)
      --narrate '<text>'       speak this text with the offline voice; captions follow it (*word* = emphasis)
  serve                        Start the HTTP API (tRPC at /trpc)
  worker                       Start a render worker
  keys create                  Make an API key and print its secret (shown once; only a hash is stored)
      --name <name>            what the key is for
      --scopes render,publish  any of render, publish, admin (its workspace's keys; implies render and publish),
                               operator (every workspace, when a request names one with X-Reelforge-Workspace)
      --rate <per-minute>      its rate limit (default RATE_LIMIT_PER_MINUTE, 120)
      --workspace <id>         the workspace it belongs to (default: default)
  keys list [--workspace <id>] List API keys (never their secrets)
  keys revoke <id>             Revoke an API key from its next request on
  workspaces create <id>       Make a workspace (a tenant: its keys see only its renders, clips, scripts, …)
      --name <name>            who it is for
      --max-renders-in-flight <n> --max-render-minutes-per-day <n> --max-storage-mb <n>   its limits (default: none)
  workspaces list              List workspaces and their limits
  storage gc                   Remove chunks of ended renders, orphaned outputs and unfinished uploads; outputs past
                               RETENTION_OUTPUTS_DAYS; prints what it freed
      --dry-run                say what would go, remove nothing
      --json                   the report as JSON
  lambda deploy                Deploy the Remotion Lambda function and the compositions site; prints the LAMBDA_* settings
  lambda status                Show the Lambda configuration and the Remotion functions in the region
      --region <aws-region>    default: LAMBDA_REGION, else us-east-1

Configuration comes from the environment; see the README.`;

const parseScale = (value: string | undefined, fallback: number) => {
	const scale = value === undefined ? fallback : Number(value);
	if (!Number.isFinite(scale) || scale <= 0 || scale > 2) throw new Error(`"--scale" must be between 0 and 2, but is ${value}`);
	return scale;
};

const main = async (argv: string[]): Promise<number> => {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			props: { type: 'string' },
			'props-json': { type: 'string' },
			narrate: { type: 'string' },
			scale: { type: 'string' },
			name: { type: 'string' },
			scopes: { type: 'string' },
			rate: { type: 'string' },
			workspace: { type: 'string' },
			'max-renders-in-flight': { type: 'string' },
			'max-render-minutes-per-day': { type: 'string' },
			'max-storage-mb': { type: 'string' },
			region: { type: 'string' },
			'dry-run': { type: 'boolean' },
			json: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	const [command, ...rest] = positionals;
	if (values.help || !command) {
		console.log(usage);
		return command || values.help ? 0 : 2;
	}
	switch (command) {
		case 'demo':
			return demoCommand({ scale: parseScale(values.scale, 0.5) });
		case 'render': {
			const template = rest[0];
			if (!template) throw new Error('reelforge render needs a template id, for example: reelforge render captioned-clip');
			return renderCommand({
				template,
				propsFile: values.props ?? null,
				propsJson: values['props-json'] ?? null,
				scale: parseScale(values.scale, 1),
				narrate: values.narrate ?? null,
			});
		}
		case 'serve':
			return serveCommand();
		case 'worker':
			return workerCommand();
		case 'keys':
			return keysCommand({
				action: rest[0],
				id: rest[1],
				name: values.name ?? null,
				scopes: values.scopes ?? null,
				rate: values.rate ?? null,
				workspace: values.workspace ?? null,
			});
		case 'workspaces':
			return workspacesCommand({
				action: rest[0],
				id: rest[1],
				name: values.name ?? null,
				maxRendersInFlight: values['max-renders-in-flight'] ?? null,
				maxRenderMinutesPerDay: values['max-render-minutes-per-day'] ?? null,
				maxStorageMegabytes: values['max-storage-mb'] ?? null,
			});
		case 'storage':
			return storageCommand({ action: rest[0], dryRun: values['dry-run'] ?? false, json: values.json ?? false });
		case 'lambda':
			return lambdaCommand({ action: rest[0], region: values.region ?? null });
		default:
			console.error(`Unknown command ${JSON.stringify(command)}\n\n${usage}`);
			return 2;
	}
};

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof ConfigError ? error.message : `reelforge: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	},
);
