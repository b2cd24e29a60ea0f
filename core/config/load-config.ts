import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { configEnvSchema } from './config-schema.js';

export type Config = {
	home: string;
	databaseUrl: string;
	redisUrl: string | null;
	storageDir: string;
	/** Per-process scratch space; Chromium profiles and partial outputs go here. */
	tempDir: string;
	bundleCacheDir: string;
	browserExecutable: string | null;
	host: string;
	port: number;
	publicUrl: string | null;
	workerConcurrency: number;
	renderConcurrency: number | null;
	renderAttempts: number;
	jobLockMs: number;
	clipFetchTimeoutMs: number;
	clipMaxBytes: number;
	clipMaxDurationSeconds: number;
	clipAllowPrivateNetworks: boolean;
	logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
	cpuCount: number;
	voiceover: {
		targetLufs: number;
		elevenLabs: { apiKey: string; baseUrl: string | null; voiceId: string; modelId: string } | null;
	};
	llm: { baseUrl: string; apiKey: string; model: string } | null;
	webhooks: {
		/** null: the secret kept in $REELFORGE_HOME/webhook-secret (see resolveWebhookSecret). */
		signingSecret: string | null;
		timeoutMs: number;
		attempts: number;
		backoffMs: number;
	};
	access: {
		/** Whether tRPC calls need an API key; off by default on loopback so the embedded demo needs none. */
		requireApiKey: boolean;
		/** Origins (scheme://host[:port]) browsers may call the API from. */
		corsOrigins: string[];
		maxBodyBytes: number;
		/** For keys made without their own limit, and per client address for calls without a key. */
		rateLimitPerMinute: number;
	};
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
		tempDir: path.join(home, 'tmp'),
		bundleCacheDir: path.resolve(cwd, e.BUNDLE_CACHE_DIR ?? path.join(home, 'bundles')),
		browserExecutable: e.BROWSER_EXECUTABLE ?? null,
		host: e.HOST,
		port: e.PORT,
		publicUrl: e.PUBLIC_URL ?? null,
		workerConcurrency: e.WORKER_CONCURRENCY,
		renderConcurrency: e.RENDER_CONCURRENCY ?? null,
		renderAttempts: e.RENDER_ATTEMPTS,
		jobLockMs: e.JOB_LOCK_MS,
		clipFetchTimeoutMs: e.CLIP_FETCH_TIMEOUT_MS,
		clipMaxBytes: e.CLIP_MAX_BYTES,
		clipMaxDurationSeconds: e.CLIP_MAX_DURATION_SECONDS,
		clipAllowPrivateNetworks: e.CLIP_ALLOW_PRIVATE_NETWORKS,
		logLevel: e.LOG_LEVEL,
		cpuCount: os.availableParallelism(),
		voiceover: {
			targetLufs: e.VOICEOVER_TARGET_LUFS,
			elevenLabs: e.ELEVENLABS_API_KEY
				? { apiKey: e.ELEVENLABS_API_KEY, baseUrl: e.ELEVENLABS_BASE_URL ?? null, voiceId: e.ELEVENLABS_VOICE_ID, modelId: e.ELEVENLABS_MODEL_ID }
				: null,
		},
		llm: e.LLM_API_KEY ? { baseUrl: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY, model: e.LLM_MODEL } : null,
		webhooks: {
			signingSecret: e.WEBHOOK_SIGNING_SECRET ?? null,
			timeoutMs: e.WEBHOOK_TIMEOUT_MS,
			attempts: e.WEBHOOK_ATTEMPTS,
			backoffMs: e.WEBHOOK_BACKOFF_MS,
		},
		access: {
			requireApiKey: e.REQUIRE_API_KEY === undefined ? !isLoopbackHost(e.HOST) : e.REQUIRE_API_KEY === 'true',
			corsOrigins: parseCorsOrigins(e.CORS_ORIGINS),
			maxBodyBytes: e.MAX_BODY_BYTES,
			rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
		},
	};
};
