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
	STORAGE_DIR: optionalString.describe('Where files are stored when no bucket is set (default: $REELFORGE_HOME/storage)'),
	STORAGE_S3_BUCKET: optionalString.describe('Keep every file in this S3-compatible bucket instead of STORAGE_DIR (what many machines share)'),
	STORAGE_S3_PREFIX: z
		.string()
		.trim()
		.default('')
		.refine((value) => value === '' || /^[\w.-]+(\/[\w.-]+)*\/$/.test(value), 'must be empty or a folder like reelforge/ (ending in /)')
		.describe('Folder inside the bucket for every key'),
	STORAGE_S3_REGION: z.string().trim().min(1).default('us-east-1'),
	STORAGE_S3_ENDPOINT: optionalString.pipe(z.url().optional()).describe('S3-compatible endpoint (R2, MinIO, Ceph, GCS); unset: AWS'),
	STORAGE_S3_PUBLIC_ENDPOINT: optionalString
		.pipe(z.url().optional())
		.describe('The endpoint presigned download links name, where clients reach the bucket by another address (default: STORAGE_S3_ENDPOINT)'),
	STORAGE_S3_FORCE_PATH_STYLE: z
		.enum(['true', 'false'])
		.default('false')
		.transform((value) => value === 'true')
		.describe('Bucket in the path instead of the host name (MinIO and most S3-compatible servers need it)'),
	STORAGE_S3_ACCESS_KEY_ID: optionalString.describe("Unset: the AWS SDK's usual credential chain"),
	STORAGE_S3_SECRET_ACCESS_KEY: optionalString.describe('Never logged'),
	STORAGE_S3_PART_MB: z.coerce.number().int().min(5).max(5000).default(16).describe('Part size of multipart uploads'),
	STORAGE_PRESIGN_SECONDS: z.coerce
		.number()
		.int()
		.min(60)
		.max(604_800)
		.default(900)
		.describe('How long a presigned bucket URL a download is sent to stays valid'),
	MEDIA_CACHE_DIR: optionalString.describe('Where workers keep media they fetched, by content (default: $REELFORGE_HOME/media-cache)'),
	MEDIA_CACHE_MAX_MB: z.coerce.number().int().min(100).default(10_240).describe('Size of the media cache; least recently used files go first'),
	RETENTION_CHUNKS_HOURS: z.coerce.number().min(1).default(24).describe("How long a chunked render's chunks may stay after it ends (storage gc)"),
	RETENTION_OUTPUTS_DAYS: z.coerce.number().min(0).default(0).describe('Finished videos older than this are removed by storage gc (0: kept)'),
	STORAGE_GC_INTERVAL_MINUTES: z.coerce
		.number()
		.int()
		.min(0)
		.default(360)
		.describe('How often workers remove orphaned and expired files (0: only `reelforge storage gc`)'),
	BROWSER_EXECUTABLE: optionalString.describe('Chromium headless shell to render with (default: system chromium-headless-shell, else Remotion download)'),
	HOST: z.string().trim().min(1).default('127.0.0.1'),
	PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
	PUBLIC_URL: optionalString.pipe(z.url().optional()).describe('Base URL that file links are built from (default: http://HOST:PORT)'),
	WORKER_CONCURRENCY: positiveInt(1).describe('Render jobs one worker runs at once'),
	RENDER_CONCURRENCY: z.coerce
		.number()
		.int()
		.positive()
		.optional()
		.describe('Browser tabs per render (default: one per core; Remotion would use half, measured 15 to 45 % slower here: npm run bench -- capture-bound)'),
	X264_PRESET: z
		.enum(['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow', 'slower', 'veryslow'])
		.default('veryfast')
		.describe('x264 speed/size trade-off on CPU encoding (npm run bench -- capture-bound measures it); NVENC ignores it'),
	CLIP_PROXIES: z
		.enum(['auto', 'always', 'off'])
		.default('auto')
		.describe(
			'Full-frame clips larger or slower to seek than the frame needs render from a cropped proxy made once per source (auto: where measured faster; npm run bench -- real-footage)',
		),
	RENDER_ATTEMPTS: positiveInt(3).describe('Tries per render before it is marked failed'),
	JOB_LOCK_MS: positiveInt(30_000).describe('How long a job lock lives; a crashed worker is noticed after about this long'),
	CLIP_FETCH_TIMEOUT_MS: positiveInt(30_000),
	CLIP_MAX_BYTES: positiveInt(500 * 1024 * 1024),
	CLIP_MAX_DURATION_SECONDS: positiveInt(600).describe('Longest clip that is imported'),
	OUTBOUND_ALLOWED_HOSTS: optionalString.describe(
		'Hosts on loopback, private or link-local networks that Reelforge may reach (clips, media, webhooks): comma-separated host, host:port, address or range (10.0.0.0/8), or * for all; default: none. Service URLs set below are allowed by themselves',
	),
	VOICEOVER_TARGET_LUFS: z.coerce.number().min(-40).max(-5).default(-14).describe('Integrated loudness voiceovers are normalised to'),
	DELIVERY_TARGET_LUFS: z.coerce
		.number()
		.min(-40)
		.max(-5)
		.default(-14)
		.describe('Integrated loudness (EBU R128) the whole mix of every delivered file is brought to'),
	DELIVERY_TRUE_PEAK_DBTP: z.coerce.number().min(-9).max(0).default(-1).describe('Highest true peak of the delivered mix'),
	DELIVERY_PLATFORM_LOUDNESS: z
		.string()
		.trim()
		.default('')
		.describe('Targets per output.preset as preset:LUFS/dBTP, comma-separated (youtube:-14/-1,tiktok:-16/-1.5); presets not listed use the two above'),
	GIF_MAX_SECONDS: z.coerce.number().min(1).max(120).default(15).describe('Longest GIF a render may deliver; longer ones are refused before rendering'),
	ELEVENLABS_API_KEY: optionalString.describe('Enables the ElevenLabs voice; never logged'),
	ELEVENLABS_BASE_URL: optionalString.pipe(z.url().optional()),
	ELEVENLABS_VOICE_ID: z.string().trim().min(1).default('JBFqnCBsd6RMkjVDRZzb'),
	ELEVENLABS_MODEL_ID: z.string().trim().min(1).default('eleven_multilingual_v2'),
	ELEVENLABS_STT_MODEL_ID: z.string().trim().min(1).default('scribe_v1').describe('ElevenLabs speech-to-text model (captions.provider elevenlabs)'),
	TRANSCRIPTION_MAX_SECONDS: positiveInt(1800).describe('Longest audio captions are transcribed from; longer clips fail with a reason'),
	TRANSCRIPTION_OPENAI_API_KEY: optionalString.describe('Enables captions.provider openai (OpenAI, Groq, any /audio/transcriptions server); never logged'),
	TRANSCRIPTION_OPENAI_BASE_URL: z.url().default('https://api.openai.com/v1').describe('OpenAI-compatible API root (Groq: https://api.groq.com/openai/v1)'),
	TRANSCRIPTION_OPENAI_MODEL: z.string().trim().min(1).default('whisper-1').describe('Groq: whisper-large-v3'),
	WHISPER_CPP_PATH: optionalString.describe('whisper.cpp folder; enables captions.provider whisper-cpp'),
	WHISPER_CPP_VERSION: z.string().trim().min(1).default('1.7.5').describe('Version of that build (1.7.4 and later: build/bin/whisper-cli)'),
	WHISPER_CPP_INSTALL: z
		.enum(['true', 'false'])
		.default('false')
		.transform((value) => value === 'true')
		.describe('Install whisper.cpp into WHISPER_CPP_PATH on first use (git clone and make; needs internet)'),
	WHISPER_CPP_MODEL: z
		.enum(['tiny', 'tiny.en', 'base', 'base.en', 'small', 'small.en', 'medium', 'medium.en', 'large-v1', 'large-v2', 'large-v3', 'large-v3-turbo'])
		.default('small')
		.describe('ggml model; *.en models are English-only'),
	WHISPER_CPP_MODEL_DIR: optionalString.describe('Folder of ggml-<model>.bin (default: WHISPER_CPP_PATH)'),
	WHISPER_CPP_MODEL_URL: z
		.string()
		.trim()
		.default('https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-{model}.bin')
		.describe('Where a missing model is downloaded from on first use ({model} is replaced); empty: never download'),
	PEXELS_API_KEY: optionalString.describe('Enables stock B-roll search on Pexels (stock.search, stockBroll); never logged'),
	PEXELS_BASE_URL: z.url().default('https://api.pexels.com').describe('Pexels API root (a test server speaks the same protocol)'),
	PIXABAY_API_KEY: optionalString.describe('Enables stock B-roll search on Pixabay; never logged'),
	PIXABAY_BASE_URL: z.url().default('https://pixabay.com').describe('Pixabay API root'),
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
	ALLOWED_HOSTS: optionalString.describe(
		'Comma-separated Host header values the API answers (host or host:port; * for any); default: loopback names, the host of PUBLIC_URL and HOST. Stops DNS rebinding',
	),
	URL_SIGNING_SECRET: optionalString.describe(
		'Signs file links and stream tokens (HMAC-SHA256); unset: a random secret kept in $REELFORGE_HOME/url-signing-secret; set it on every machine when they share no home; never logged',
	),
	FILE_URL_TTL_SECONDS: z.coerce.number().int().min(60).max(604_800).default(604_800).describe('How long signed links to videos and zips stay valid'),
	METRICS_TOKEN: optionalString.describe('Bearer token /metrics asks for when API keys are required (an operator key works too); never logged'),
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
	LAMBDA_CONCURRENCY: positiveInt(16).describe('Lambda renders one worker follows at once (they wait on AWS, not on this machine)'),
	LAMBDA_PRESIGN_SECONDS: z.coerce.number().int().min(1).max(604_800).default(604_800).describe('How long links to Lambda outputs stay valid'),
	TOKEN_ENCRYPTION_KEY: optionalString.describe(
		'32-byte key (base64 or hex) that encrypts platform tokens at rest (AES-256-GCM); unset: a random key kept in $REELFORGE_HOME/token-key; never logged',
	),
	STUDIO_URL: optionalString.pipe(z.url().optional()).describe('Where the OAuth callback sends the browser back to (default: PUBLIC_URL/studio/#/publish)'),
	GOOGLE_CLIENT_ID: optionalString.describe('OAuth client for YouTube publishing and analytics; with GOOGLE_CLIENT_SECRET it enables YouTube accounts'),
	GOOGLE_CLIENT_SECRET: optionalString.describe('Never logged'),
	GOOGLE_OAUTH_BASE_URL: z.url().default('https://accounts.google.com').describe('Google authorisation page host (/o/oauth2/v2/auth)'),
	GOOGLE_TOKEN_URL: z.url().default('https://oauth2.googleapis.com/token'),
	YOUTUBE_API_BASE_URL: z.url().default('https://www.googleapis.com').describe('Host of the YouTube Data API and its upload endpoints'),
	YOUTUBE_ANALYTICS_BASE_URL: z.url().default('https://youtubeanalytics.googleapis.com'),
	YOUTUBE_UPLOAD_CHUNK_BYTES: z.coerce
		.number()
		.int()
		.min(256 * 1024)
		.refine((bytes) => bytes % (256 * 1024) === 0, 'must be a multiple of 262144 (256 KiB), as YouTube requires')
		.default(8 * 1024 * 1024)
		.describe('Bytes per resumable upload request; an interrupted upload resumes from what YouTube confirmed'),
	TIKTOK_CLIENT_KEY: optionalString.describe('TikTok app for the Content Posting API; with TIKTOK_CLIENT_SECRET it enables TikTok accounts'),
	TIKTOK_CLIENT_SECRET: optionalString.describe('Never logged'),
	TIKTOK_AUTH_BASE_URL: z.url().default('https://www.tiktok.com').describe('TikTok authorisation page host (/v2/auth/authorize/)'),
	TIKTOK_API_BASE_URL: z.url().default('https://open.tiktokapis.com').describe('TikTok API host (tokens, posting, video queries)'),
	TIKTOK_CHUNK_BYTES: z.coerce
		.number()
		.int()
		.min(5 * 1024 * 1024)
		.max(64 * 1024 * 1024)
		.default(10 * 1024 * 1024)
		.describe("TikTok upload chunk size (5 to 64 MB, TikTok's rule)"),
	S3_BUCKET: optionalString.describe('Default bucket of the s3 publish target; enables it'),
	S3_ENDPOINT: optionalString.pipe(z.url().optional()).describe('S3-compatible endpoint (MinIO, R2, …); unset: AWS'),
	S3_REGION: z.string().trim().min(1).default('us-east-1'),
	S3_ACCESS_KEY_ID: optionalString.describe('Unset: the AWS SDK finds credentials itself'),
	S3_SECRET_ACCESS_KEY: optionalString.describe('Never logged'),
	S3_FORCE_PATH_STYLE: z
		.enum(['true', 'false'])
		.default('false')
		.transform((value) => value === 'true')
		.describe('bucket in the path instead of the host name (MinIO and most S3-compatible servers need it)'),
	PUBLISH_ATTEMPTS: positiveInt(5).describe('Tries per publication before it is marked failed'),
	PUBLISH_BACKOFF_MS: positiveInt(30_000).describe('Delay before the second try; doubles after each failed try'),
	PUBLISH_POLL_MS: positiveInt(5_000).describe('How often TikTok is asked whether a post has finished processing'),
	PUBLISH_POLL_TIMEOUT_MS: positiveInt(10 * 60_000).describe('How long a TikTok post may stay in processing before the attempt fails'),
	METRICS_POLL_MINUTES: z.coerce.number().int().min(0).default(60).describe('How often platform metrics are pulled for published videos (0: never)'),
	LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type ConfigEnv = z.infer<typeof configEnvSchema>;
