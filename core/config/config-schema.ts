import { z } from 'zod';

const optionalString = z
	.string()
	.trim()
	.transform((value) => (value === '' ? undefined : value))
	.optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Every environment variable Reelforge reads, in one place.
 * Nothing is required: the defaults run the embedded setup (SQLite, a Redis it starts itself, local storage).
 */
export const configEnvSchema = z.object({
	REELFORGE_HOME: z.string().trim().min(1).default('.reelforge').describe('Directory for the database, storage, bundle cache and temp files'),
	DATABASE_URL: optionalString.describe('file:… for SQLite (default: $REELFORGE_HOME/reelforge.db) or postgresql://…'),
	BUNDLE_CACHE_DIR: optionalString.describe('Where compositions bundles are cached (default: $REELFORGE_HOME/bundles)'),
	REDIS_URL: optionalString.describe('redis://… ; unset: a local redis-server is started on a free port'),
	STORAGE_DIR: optionalString.describe('Where finished videos are stored (default: $REELFORGE_HOME/storage)'),
	BROWSER_EXECUTABLE: optionalString.describe('Chromium headless shell to render with (default: system chromium-headless-shell, else Remotion download)'),
	HOST: z.string().trim().min(1).default('127.0.0.1'),
	PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
	PUBLIC_URL: optionalString.pipe(z.url().optional()).describe('Base URL that file links are built from (default: http://HOST:PORT)'),
	WORKER_CONCURRENCY: positiveInt(1).describe('Render jobs one worker runs at once'),
	RENDER_CONCURRENCY: z.coerce.number().int().positive().optional().describe('Browser tabs per render (default: Remotion chooses from the cores)'),
	RENDER_ATTEMPTS: positiveInt(3).describe('Tries per render before it is marked failed'),
	JOB_LOCK_MS: positiveInt(30_000).describe('How long a job lock lives; a crashed worker is noticed after about this long'),
	CLIP_FETCH_TIMEOUT_MS: positiveInt(30_000),
	CLIP_MAX_BYTES: positiveInt(500 * 1024 * 1024),
	CLIP_MAX_DURATION_SECONDS: positiveInt(600).describe('Longest clip that is imported'),
	CLIP_ALLOW_PRIVATE_NETWORKS: z
		.enum(['true', 'false'])
		.default('false')
		.transform((value) => value === 'true')
		.describe('Fetch clip and media URLs on loopback, private or link-local addresses (off: refused, also after redirects)'),
	VOICEOVER_TARGET_LUFS: z.coerce.number().min(-40).max(-5).default(-14).describe('Integrated loudness voiceovers are normalised to'),
	ELEVENLABS_API_KEY: optionalString.describe('Enables the ElevenLabs voice; never logged'),
	ELEVENLABS_BASE_URL: optionalString.pipe(z.url().optional()),
	ELEVENLABS_VOICE_ID: z.string().trim().min(1).default('JBFqnCBsd6RMkjVDRZzb'),
	ELEVENLABS_MODEL_ID: z.string().trim().min(1).default('eleven_multilingual_v2'),
	LLM_BASE_URL: z
		.url()
		.default('https://api.openai.com/v1')
		.describe('OpenAI-compatible chat endpoint for script generation (Groq: https://api.groq.com/openai/v1)'),
	LLM_API_KEY: optionalString.describe('Enables script generation; never logged'),
	LLM_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
	WEBHOOK_SIGNING_SECRET: optionalString.describe(
		'Signs webhook events (HMAC-SHA256); unset: a random secret kept in $REELFORGE_HOME/webhook-secret; never logged',
	),
	WEBHOOK_TIMEOUT_MS: positiveInt(10_000).describe('How long one webhook delivery attempt may take'),
	WEBHOOK_ATTEMPTS: positiveInt(5).describe('Tries per webhook event before it is given up'),
	WEBHOOK_BACKOFF_MS: positiveInt(10_000).describe('Delay before the second try; doubles after each failed try'),
	REQUIRE_API_KEY: optionalString
		.pipe(z.enum(['true', 'false']).optional())
		.describe('Whether API calls need a key (default: true, unless HOST is a loopback address)'),
	CORS_ORIGINS: optionalString.describe('Comma-separated origins browsers may call the API from, for example https://studio.example.com (default: none)'),
	MAX_BODY_BYTES: positiveInt(1024 * 1024).describe('Largest request body; bigger ones get 413'),
	RATE_LIMIT_PER_MINUTE: positiveInt(120).describe('Calls per minute for a new API key, and per client address when no key is sent'),
	REELFORGE_GPU: z
		.enum(['off', 'auto', 'required'])
		.default('auto')
		.describe('NVENC and GPU rasterisation: auto uses a usable NVIDIA GPU when found, required refuses to start a worker without one'),
	REELFORGE_DISABLE_GPU: optionalString.describe('Any value but 0 or false: never use the GPU, whatever REELFORGE_GPU says'),
	LAMBDA_REGION: optionalString.describe('AWS region of the Remotion Lambda function; with the next two it enables the Lambda backend'),
	LAMBDA_FUNCTION_NAME: optionalString.describe('Remotion Lambda function (printed by `reelforge lambda deploy`)'),
	LAMBDA_SERVE_URL: optionalString.pipe(z.url().optional()).describe('Deployed compositions site (printed by `reelforge lambda deploy`)'),
	LAMBDA_BUCKET: optionalString.describe('Bucket renders are written to (default: the Remotion bucket of the region)'),
	LAMBDA_AUTO_QUEUE_DEPTH: positiveInt(4).describe('With backend auto: Lambda renders once this many jobs wait locally'),
	LAMBDA_AUTO_MIN_SECONDS: positiveInt(120).describe('With backend auto: Lambda renders videos at least this long'),
	LAMBDA_PRESIGN_SECONDS: z.coerce.number().int().min(1).max(604_800).default(604_800).describe('How long links to Lambda outputs stay valid'),
	LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type ConfigEnv = z.infer<typeof configEnvSchema>;
