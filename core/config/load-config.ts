import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { LoudnessDefaults } from '../delivery/loudness-target.js';
import { parsePlatformLoudness } from '../delivery/parse-platform-loudness.js';
import { type AllowedHostRule, parseAllowedHostRule } from '../net/allowed-host-rules.js';
import type { S3StorageSettings } from '../storage/s3/s3-storage-settings.js';
import { type ConfigEnv, configEnvSchema } from './config-schema.js';

export type Config = {
	home: string;
	databaseUrl: string;
	redisUrl: string | null;
	storageDir: string;
	storage: {
		/** null: files live in storageDir. */
		s3: S3StorageSettings | null;
		presignSeconds: number;
		cache: { dir: string; maxBytes: number };
		retention: { chunksHours: number; outputsDays: number };
		gcIntervalMinutes: number;
	};
	/** Per-process scratch space; Chromium profiles and partial outputs go here. */
	tempDir: string;
	bundleCacheDir: string;
	browserExecutable: string | null;
	host: string;
	port: number;
	publicUrl: string | null;
	workerConcurrency: number;
	/** Browser tabs per render. */
	renderConcurrency: number;
	/** x264's preset for CPU encoding. */
	x264Preset: ConfigEnv['X264_PRESET'];
	/** When a full-frame clip renders from a proxy (workers/render/media/plan-clip-proxy.ts). */
	clipProxies: ConfigEnv['CLIP_PROXIES'];
	renderAttempts: number;
	jobLockMs: number;
	clipFetchTimeoutMs: number;
	clipMaxBytes: number;
	clipMaxDurationSeconds: number;
	/** What outbound requests may reach beyond the public internet (see core/net/outbound-policy.ts). */
	outbound: { rules: AllowedHostRule[] };
	logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
	cpuCount: number;
	gpu: {
		/** off: never; auto: when a usable NVIDIA GPU is found; required: a worker without one fails to start. */
		mode: 'off' | 'auto' | 'required';
		/** REELFORGE_DISABLE_GPU was set: detection reports the GPU unusable. */
		disabled: boolean;
	};
	/** null: the Lambda backend is not configured. AWS credentials are left to the AWS SDK's own lookup and never read here. */
	lambda: {
		region: string;
		functionName: string;
		serveUrl: string;
		bucketName: string | null;
		presignExpiresInSeconds: number;
		autoQueueDepth: number;
		autoMinSeconds: number;
		/** Lambda renders one worker process follows at once. */
		concurrency: number;
	} | null;
	/** The delivered file: loudness of the whole mix (and per preset platform), and the longest GIF. */
	delivery: { loudness: LoudnessDefaults; gifMaxSeconds: number };
	voiceover: {
		targetLufs: number;
		elevenLabs: { apiKey: string; baseUrl: string | null; voiceId: string; modelId: string } | null;
	};
	transcription: {
		maxDurationMs: number;
		elevenLabsModelId: string;
		/** null: captions.provider openai is not configured. */
		openai: { apiKey: string; baseUrl: string; model: string } | null;
		/** null: captions.provider whisper-cpp is not configured. */
		whisperCpp: { path: string; version: string; install: boolean; model: ConfigEnv['WHISPER_CPP_MODEL']; modelDir: string; modelUrl: string | null } | null;
	};
	llm: { baseUrl: string; apiKey: string; model: string } | null;
	/** Stock libraries B-roll is searched in; null: that provider has no API key. */
	stock: Record<'pexels' | 'pixabay', { apiKey: string; baseUrl: string } | null>;
	webhooks: {
		/** null: the secret kept in $REELFORGE_HOME/webhook-secret (see resolveWebhookSecret). */
		signingSecret: string | null;
		timeoutMs: number;
		attempts: number;
		backoffMs: number;
	};
	publishing: PublishingConfig;
	access: {
		/** Whether tRPC calls need an API key; off by default on loopback so the embedded demo needs none. */
		requireApiKey: boolean;
		/** Origins (scheme://host[:port]) browsers may call the API from. */
		corsOrigins: string[];
		maxBodyBytes: number;
		/** For keys made without their own limit, and per client address for calls without a key. */
		rateLimitPerMinute: number;
		/** Host header values the API answers; ['*'] answers any. */
		allowedHosts: string[];
		/** null: the secret kept in $REELFORGE_HOME/url-signing-secret (see resolveUrlSigningSecret). */
		urlSigningSecret: string | null;
		fileUrlTtlSeconds: number;
		/** null: /metrics needs an operator key when keys are required. */
		metricsToken: string | null;
	};
};

export type PublishingConfig = {
	/** null: the key kept in $REELFORGE_HOME/token-key (see resolveTokenKey). */
	tokenEncryptionKey: string | null;
	/** Where the OAuth callback sends the browser back to; null: the API's own /studio/#/publish. */
	studioUrl: string | null;
	/** null: YouTube accounts cannot be connected. */
	google: { clientId: string; clientSecret: string } | null;
	tiktok: { clientKey: string; clientSecret: string } | null;
	/** Platform hosts; overridable so tests point them at local protocol servers. */
	urls: {
		googleOAuth: string;
		googleToken: string;
		youtubeApi: string;
		youtubeAnalytics: string;
		tiktokAuth: string;
		tiktokApi: string;
	};
	youtubeUploadChunkBytes: number;
	tiktokChunkBytes: number;
	/** null: no default bucket; the s3 target then needs one per publication. */
	s3: {
		bucket: string | null;
		endpoint: string | null;
		region: string;
		forcePathStyle: boolean;
		/** null: the AWS SDK's own credential lookup. */
		credentials: { accessKeyId: string; secretAccessKey: string } | null;
	};
	attempts: number;
	backoffMs: number;
	pollMs: number;
	pollTimeoutMs: number;
	/** 0: metrics are never pulled. */
	metricsPollMinutes: number;
};

export class ConfigError extends Error {
	constructor(readonly issues: string[]) {
		super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

const isLoopbackHost = (host: string) => host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

const parseCorsOrigins = (value: string | undefined): string[] => {
	const origins = (value ?? '')
		.split(',')
		.map((origin) => origin.trim())
		.filter((origin) => origin !== '');
	for (const origin of origins) {
		// An origin has no path, query or trailing slash: browsers send exactly scheme://host[:port].
		const parsed = URL.canParse(origin) ? new URL(origin) : null;
		if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
			throw new ConfigError([`CORS_ORIGINS: each entry must be an origin like https://app.example.com but one is ${JSON.stringify(origin)}`]);
		}
	}
	return origins;
};

const LAMBDA_KEYS = ['LAMBDA_REGION', 'LAMBDA_FUNCTION_NAME', 'LAMBDA_SERVE_URL'] as const;

/** All three of region, function and site, or none: half a Lambda setup is a mistake worth stopping for. */
const platformLoudnessOf = (value: string) => {
	try {
		return parsePlatformLoudness(value);
	} catch (error) {
		throw new ConfigError([(error as Error).message]);
	}
};

const parseLambda = (e: ConfigEnv): Config['lambda'] => {
	const missing = LAMBDA_KEYS.filter((key) => e[key] === undefined);
	if (missing.length === LAMBDA_KEYS.length) return null;
	if (missing.length > 0) throw new ConfigError([`${missing.join(', ')}: must be set with ${LAMBDA_KEYS.filter((k) => !missing.includes(k)).join(', ')}`]);
	const region = e.LAMBDA_REGION as string;
	if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new ConfigError([`LAMBDA_REGION: must look like us-east-1 but is ${JSON.stringify(region)}`]);
	return {
		region,
		functionName: e.LAMBDA_FUNCTION_NAME as string,
		serveUrl: e.LAMBDA_SERVE_URL as string,
		bucketName: e.LAMBDA_BUCKET ?? null,
		presignExpiresInSeconds: e.LAMBDA_PRESIGN_SECONDS,
		autoQueueDepth: e.LAMBDA_AUTO_QUEUE_DEPTH,
		autoMinSeconds: e.LAMBDA_AUTO_MIN_SECONDS,
		concurrency: e.LAMBDA_CONCURRENCY,
	};
};

/** Both halves of a credential pair, or neither. */
const pairOf = (e: ConfigEnv, a: keyof ConfigEnv, b: keyof ConfigEnv): [string, string] | null => {
	const first = e[a] as string | undefined;
	const second = e[b] as string | undefined;
	if (first === undefined && second === undefined) return null;
	if (first === undefined || second === undefined) throw new ConfigError([`${first === undefined ? a : b}: must be set with ${first === undefined ? b : a}`]);
	return [first, second];
};

const parsePublishing = (e: ConfigEnv): PublishingConfig => {
	const google = pairOf(e, 'GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET');
	const tiktok = pairOf(e, 'TIKTOK_CLIENT_KEY', 'TIKTOK_CLIENT_SECRET');
	const s3Credentials = pairOf(e, 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY');
	const trim = (url: string) => url.replace(/\/+$/, '');
	return {
		tokenEncryptionKey: e.TOKEN_ENCRYPTION_KEY ?? null,
		studioUrl: e.STUDIO_URL ?? null,
		google: google ? { clientId: google[0], clientSecret: google[1] } : null,
		tiktok: tiktok ? { clientKey: tiktok[0], clientSecret: tiktok[1] } : null,
		urls: {
			googleOAuth: trim(e.GOOGLE_OAUTH_BASE_URL),
			googleToken: e.GOOGLE_TOKEN_URL,
			youtubeApi: trim(e.YOUTUBE_API_BASE_URL),
			youtubeAnalytics: trim(e.YOUTUBE_ANALYTICS_BASE_URL),
			tiktokAuth: trim(e.TIKTOK_AUTH_BASE_URL),
			tiktokApi: trim(e.TIKTOK_API_BASE_URL),
		},
		youtubeUploadChunkBytes: e.YOUTUBE_UPLOAD_CHUNK_BYTES,
		tiktokChunkBytes: e.TIKTOK_CHUNK_BYTES,
		s3: {
			bucket: e.S3_BUCKET ?? null,
			endpoint: e.S3_ENDPOINT ?? null,
			region: e.S3_REGION,
			forcePathStyle: e.S3_FORCE_PATH_STYLE,
			credentials: s3Credentials ? { accessKeyId: s3Credentials[0], secretAccessKey: s3Credentials[1] } : null,
		},
		attempts: e.PUBLISH_ATTEMPTS,
		backoffMs: e.PUBLISH_BACKOFF_MS,
		pollMs: e.PUBLISH_POLL_MS,
		pollTimeoutMs: e.PUBLISH_POLL_TIMEOUT_MS,
		metricsPollMinutes: e.METRICS_POLL_MINUTES,
	};
};

/** Secrets a single machine keeps in its home when unset; a fleet that shares only a bucket must set them all alike. */
export const SHARED_SECRET_KEYS = ['URL_SIGNING_SECRET', 'WEBHOOK_SIGNING_SECRET', 'TOKEN_ENCRYPTION_KEY'] as const satisfies readonly (keyof ConfigEnv)[];

const s3StorageOf = (e: ConfigEnv): S3StorageSettings | null => {
	const credentials = pairOf(e, 'STORAGE_S3_ACCESS_KEY_ID', 'STORAGE_S3_SECRET_ACCESS_KEY');
	if (!e.STORAGE_S3_BUCKET) {
		if (e.STORAGE_S3_ENDPOINT || credentials)
			throw new ConfigError(['STORAGE_S3_BUCKET: must be set with STORAGE_S3_ENDPOINT and the STORAGE_S3_* credentials']);
		return null;
	}
	// With a bucket, machines share no home: a secret each would otherwise make for itself must be the same everywhere,
	// or a link signed by one machine is refused by the next and webhook receivers see several keys.
	const unshared = SHARED_SECRET_KEYS.filter((key) => !e[key]);
	if (unshared.length > 0) {
		throw new ConfigError([
			`${unshared.join(', ')}: must be set (the same on every machine) when STORAGE_S3_BUCKET is set; each is otherwise a random value kept in one machine's REELFORGE_HOME`,
		]);
	}
	return {
		bucket: e.STORAGE_S3_BUCKET,
		prefix: e.STORAGE_S3_PREFIX,
		region: e.STORAGE_S3_REGION,
		endpoint: e.STORAGE_S3_ENDPOINT ?? null,
		publicEndpoint: e.STORAGE_S3_PUBLIC_ENDPOINT ?? null,
		forcePathStyle: e.STORAGE_S3_FORCE_PATH_STYLE,
		credentials: credentials ? { accessKeyId: credentials[0], secretAccessKey: credentials[1] } : null,
		partSizeBytes: e.STORAGE_S3_PART_MB * 1024 * 1024,
	};
};

/** The service URLs an operator configured (self-hosted voice, LLM, platform and S3 endpoints) are trusted as they are. */
const SERVICE_URL_KEYS = [
	'ELEVENLABS_BASE_URL',
	'TRANSCRIPTION_OPENAI_BASE_URL',
	'LLM_BASE_URL',
	'PEXELS_BASE_URL',
	'PIXABAY_BASE_URL',
	'GOOGLE_OAUTH_BASE_URL',
	'GOOGLE_TOKEN_URL',
	'YOUTUBE_API_BASE_URL',
	'YOUTUBE_ANALYTICS_BASE_URL',
	'TIKTOK_AUTH_BASE_URL',
	'TIKTOK_API_BASE_URL',
	'S3_ENDPOINT',
	'STORAGE_S3_ENDPOINT',
] as const satisfies readonly (keyof ConfigEnv)[];

const outboundRulesOf = (e: ConfigEnv): AllowedHostRule[] => {
	const listed = (e.OUTBOUND_ALLOWED_HOSTS ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '')
		.map((entry) => {
			try {
				return parseAllowedHostRule(entry);
			} catch (error) {
				throw new ConfigError([`OUTBOUND_ALLOWED_HOSTS: ${(error as Error).message}`]);
			}
		});
	const services = SERVICE_URL_KEYS.flatMap((key) => {
		const value = e[key];
		if (!value) return [];
		const url = new URL(value);
		const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
		return [parseAllowedHostRule(url.hostname.includes(':') ? `[${url.hostname.replace(/^\[|\]$/g, '')}]:${port}` : `${url.hostname}:${port}`)];
	});
	return [...listed, ...services];
};

/** Loopback names, and the hosts the server is known by: anything else in a Host header is a rebinding attempt or a mistake. */
const allowedHostsOf = (e: ConfigEnv): string[] => {
	if (e.ALLOWED_HOSTS !== undefined)
		return e.ALLOWED_HOSTS.split(',')
			.map((host) => host.trim().toLowerCase())
			.filter((host) => host !== '');
	const own = [e.PUBLIC_URL ? new URL(e.PUBLIC_URL).hostname : null, /^(0\.0\.0\.0|::)$/.test(e.HOST) ? null : e.HOST].filter((host): host is string => !!host);
	return [...new Set(['localhost', '127.0.0.1', '[::1]', ...own.map((host) => host.toLowerCase())])];
};

/** Parses the environment once; everything else receives the resolved Config. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config => {
	const parsed = configEnvSchema.safeParse(env);
	if (!parsed.success) {
		throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
	}
	const e = parsed.data;
	const home = path.resolve(cwd, e.REELFORGE_HOME);
	const databaseUrl = e.DATABASE_URL ?? `file:${path.join(home, 'reelforge.db')}`;
	if (!/^(file:|postgres(ql)?:\/\/)/.test(databaseUrl)) {
		throw new ConfigError([`DATABASE_URL: must start with file: (SQLite) or postgresql:// but is ${JSON.stringify(databaseUrl)}`]);
	}
	if (e.REDIS_URL !== undefined && !z.url().safeParse(e.REDIS_URL).success) {
		throw new ConfigError([`REDIS_URL: must be a redis:// URL but is ${JSON.stringify(e.REDIS_URL)}`]);
	}
	return {
		home,
		databaseUrl,
		redisUrl: e.REDIS_URL ?? null,
		storageDir: path.resolve(cwd, e.STORAGE_DIR ?? path.join(home, 'storage')),
		storage: {
			s3: s3StorageOf(e),
			presignSeconds: e.STORAGE_PRESIGN_SECONDS,
			cache: { dir: path.resolve(cwd, e.MEDIA_CACHE_DIR ?? path.join(home, 'media-cache')), maxBytes: e.MEDIA_CACHE_MAX_MB * 1024 * 1024 },
			retention: { chunksHours: e.RETENTION_CHUNKS_HOURS, outputsDays: e.RETENTION_OUTPUTS_DAYS },
			gcIntervalMinutes: e.STORAGE_GC_INTERVAL_MINUTES,
		},
		tempDir: path.join(home, 'tmp'),
		bundleCacheDir: path.resolve(cwd, e.BUNDLE_CACHE_DIR ?? path.join(home, 'bundles')),
		browserExecutable: e.BROWSER_EXECUTABLE ?? null,
		host: e.HOST,
		port: e.PORT,
		publicUrl: e.PUBLIC_URL ?? null,
		workerConcurrency: e.WORKER_CONCURRENCY,
		renderConcurrency: e.RENDER_CONCURRENCY ?? os.availableParallelism(),
		x264Preset: e.X264_PRESET,
		clipProxies: e.CLIP_PROXIES,
		renderAttempts: e.RENDER_ATTEMPTS,
		jobLockMs: e.JOB_LOCK_MS,
		clipFetchTimeoutMs: e.CLIP_FETCH_TIMEOUT_MS,
		clipMaxBytes: e.CLIP_MAX_BYTES,
		clipMaxDurationSeconds: e.CLIP_MAX_DURATION_SECONDS,
		outbound: { rules: outboundRulesOf(e) },
		logLevel: e.LOG_LEVEL,
		cpuCount: os.availableParallelism(),
		gpu: {
			mode: e.REELFORGE_GPU,
			disabled: e.REELFORGE_DISABLE_GPU !== undefined && !/^(0|false)$/i.test(e.REELFORGE_DISABLE_GPU),
		},
		lambda: parseLambda(e),
		delivery: {
			loudness: { targetLufs: e.DELIVERY_TARGET_LUFS, truePeakDbtp: e.DELIVERY_TRUE_PEAK_DBTP, platforms: platformLoudnessOf(e.DELIVERY_PLATFORM_LOUDNESS) },
			gifMaxSeconds: e.GIF_MAX_SECONDS,
		},
		voiceover: {
			targetLufs: e.VOICEOVER_TARGET_LUFS,
			elevenLabs: e.ELEVENLABS_API_KEY
				? { apiKey: e.ELEVENLABS_API_KEY, baseUrl: e.ELEVENLABS_BASE_URL ?? null, voiceId: e.ELEVENLABS_VOICE_ID, modelId: e.ELEVENLABS_MODEL_ID }
				: null,
		},
		llm: e.LLM_API_KEY ? { baseUrl: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY, model: e.LLM_MODEL } : null,
		stock: {
			pexels: e.PEXELS_API_KEY ? { apiKey: e.PEXELS_API_KEY, baseUrl: e.PEXELS_BASE_URL } : null,
			pixabay: e.PIXABAY_API_KEY ? { apiKey: e.PIXABAY_API_KEY, baseUrl: e.PIXABAY_BASE_URL } : null,
		},
		transcription: {
			maxDurationMs: e.TRANSCRIPTION_MAX_SECONDS * 1000,
			elevenLabsModelId: e.ELEVENLABS_STT_MODEL_ID,
			openai: e.TRANSCRIPTION_OPENAI_API_KEY
				? { apiKey: e.TRANSCRIPTION_OPENAI_API_KEY, baseUrl: e.TRANSCRIPTION_OPENAI_BASE_URL, model: e.TRANSCRIPTION_OPENAI_MODEL }
				: null,
			whisperCpp: e.WHISPER_CPP_PATH
				? {
						path: path.resolve(cwd, e.WHISPER_CPP_PATH),
						version: e.WHISPER_CPP_VERSION,
						install: e.WHISPER_CPP_INSTALL,
						model: e.WHISPER_CPP_MODEL,
						modelDir: path.resolve(cwd, e.WHISPER_CPP_MODEL_DIR ?? e.WHISPER_CPP_PATH),
						modelUrl: e.WHISPER_CPP_MODEL_URL === '' ? null : e.WHISPER_CPP_MODEL_URL,
					}
				: null,
		},
		webhooks: {
			signingSecret: e.WEBHOOK_SIGNING_SECRET ?? null,
			timeoutMs: e.WEBHOOK_TIMEOUT_MS,
			attempts: e.WEBHOOK_ATTEMPTS,
			backoffMs: e.WEBHOOK_BACKOFF_MS,
		},
		publishing: parsePublishing(e),
		access: {
			requireApiKey: e.REQUIRE_API_KEY === undefined ? !isLoopbackHost(e.HOST) : e.REQUIRE_API_KEY === 'true',
			corsOrigins: parseCorsOrigins(e.CORS_ORIGINS),
			maxBodyBytes: e.MAX_BODY_BYTES,
			rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
			allowedHosts: allowedHostsOf(e),
			urlSigningSecret: e.URL_SIGNING_SECRET ?? null,
			fileUrlTtlSeconds: e.FILE_URL_TTL_SECONDS,
			metricsToken: e.METRICS_TOKEN ?? null,
		},
	};
};
