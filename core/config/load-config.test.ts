import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.js';

describe('loadConfig', () => {
	it('needs nothing for the embedded setup', () => {
		const config = loadConfig({}, '/srv/app');
		expect(config).toMatchObject({
			home: '/srv/app/.reelforge',
			databaseUrl: 'file:/srv/app/.reelforge/reelforge.db',
			redisUrl: null,
			storageDir: '/srv/app/.reelforge/storage',
			bundleCacheDir: '/srv/app/.reelforge/bundles',
			port: 3000,
			workerConcurrency: 1,
			renderAttempts: 3,
		});
	});

	it('reads each variable and resolves paths against the working directory', () => {
		const config = loadConfig(
			{ REELFORGE_HOME: 'data', STORAGE_DIR: '/mnt/videos', REDIS_URL: 'redis://cache:6379', PORT: '8080', DATABASE_URL: 'postgresql://u:p@db/reelforge' },
			'/srv/app',
		);
		expect(config.home).toBe(path.join('/srv/app', 'data'));
		expect(config.storageDir).toBe('/mnt/videos');
		expect(config.redisUrl).toBe('redis://cache:6379');
		expect(config.port).toBe(8080);
		expect(config.databaseUrl).toBe('postgresql://u:p@db/reelforge');
	});

	it('fails fast naming the variable that is wrong', () => {
		expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
		expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
		expect(() => loadConfig({ WORKER_CONCURRENCY: '0' })).toThrow(/WORKER_CONCURRENCY/);
		expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with file: .* but is "mysql:\/\/x"/);
		expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL/);
	});

	it('treats empty variables as unset', () => {
		expect(loadConfig({ REDIS_URL: '', BROWSER_EXECUTABLE: ' ' }, '/x')).toMatchObject({ redisUrl: null, browserExecutable: null });
	});

	it('needs no API key on loopback and requires one on any other address unless told', () => {
		expect(loadConfig({}).access).toMatchObject({ requireApiKey: false, corsOrigins: [], maxBodyBytes: 1024 * 1024, rateLimitPerMinute: 120 });
		expect(loadConfig({ HOST: 'localhost' }).access.requireApiKey).toBe(false);
		expect(loadConfig({ HOST: '::1' }).access.requireApiKey).toBe(false);
		expect(loadConfig({ HOST: '0.0.0.0' }).access.requireApiKey).toBe(true);
		expect(loadConfig({ HOST: '10.0.0.5' }).access.requireApiKey).toBe(true);
		expect(loadConfig({ HOST: '0.0.0.0', REQUIRE_API_KEY: 'false' }).access.requireApiKey).toBe(false);
		expect(loadConfig({ REQUIRE_API_KEY: 'true' }).access.requireApiKey).toBe(true);
		expect(() => loadConfig({ REQUIRE_API_KEY: 'yes' })).toThrow(/REQUIRE_API_KEY/);
	});

	it('answers only loopback names, the public host and HOST unless ALLOWED_HOSTS says otherwise', () => {
		expect(loadConfig({}).access.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
		expect(loadConfig({ PUBLIC_URL: 'https://Videos.Example.com/', HOST: '0.0.0.0' }).access.allowedHosts).toEqual([
			'localhost',
			'127.0.0.1',
			'[::1]',
			'videos.example.com',
		]);
		expect(loadConfig({ HOST: 'api.internal' }).access.allowedHosts).toContain('api.internal');
		expect(loadConfig({ ALLOWED_HOSTS: 'a.example, B.example:8080 ,' }).access.allowedHosts).toEqual(['a.example', 'b.example:8080']);
	});

	it('reads the outbound allow-list and trusts configured service URLs, naming a bad entry', () => {
		const rules = loadConfig({ OUTBOUND_ALLOWED_HOSTS: '10.0.0.0/8, minio.internal:9000', S3_ENDPOINT: 'http://127.0.0.1:9000' }).outbound.rules;
		expect(rules).toEqual(
			expect.arrayContaining([
				{ kind: 'range', family: 4, base: 167772160n, bits: 8, port: null },
				{ kind: 'name', name: 'minio.internal', port: 9000 },
				{ kind: 'range', family: 4, base: 2130706433n, bits: 32, port: 9000 },
			]),
		);
		expect(() => loadConfig({ OUTBOUND_ALLOWED_HOSTS: '10.0.0.0/40' })).toThrow(/OUTBOUND_ALLOWED_HOSTS: "10\.0\.0\.0\/40" has a prefix length/);
	});

	it('reads CORS origins, body limit and rate limit, rejecting origins with a path', () => {
		const config = loadConfig({ CORS_ORIGINS: ' https://studio.example.com, http://localhost:5173 ,', MAX_BODY_BYTES: '2048', RATE_LIMIT_PER_MINUTE: '30' });
		expect(config.access).toMatchObject({ corsOrigins: ['https://studio.example.com', 'http://localhost:5173'], maxBodyBytes: 2048, rateLimitPerMinute: 30 });
		expect(() => loadConfig({ CORS_ORIGINS: 'https://studio.example.com/' })).toThrow(/CORS_ORIGINS: .* but one is "https:\/\/studio.example.com\/"/);
		expect(() => loadConfig({ CORS_ORIGINS: 'studio.example.com' })).toThrow(/CORS_ORIGINS/);
		expect(() => loadConfig({ MAX_BODY_BYTES: '0' })).toThrow(/MAX_BODY_BYTES/);
		expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'many' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
	});

	it('reads bucket storage, and refuses it without the secrets every machine of a fleet must share', () => {
		const bucket = {
			STORAGE_S3_BUCKET: 'videos',
			STORAGE_S3_ENDPOINT: 'http://127.0.0.1:9000',
			STORAGE_S3_ACCESS_KEY_ID: 'k',
			STORAGE_S3_SECRET_ACCESS_KEY: 's',
		};
		const secrets = { URL_SIGNING_SECRET: 'a'.repeat(32), WEBHOOK_SIGNING_SECRET: 'b'.repeat(32), TOKEN_ENCRYPTION_KEY: 'c'.repeat(64) };
		expect(loadConfig({ ...bucket, ...secrets }).storage.s3).toMatchObject({ bucket: 'videos', endpoint: 'http://127.0.0.1:9000', forcePathStyle: false });
		expect(() => loadConfig({ ...bucket, URL_SIGNING_SECRET: secrets.URL_SIGNING_SECRET })).toThrow(
			/ {2}- WEBHOOK_SIGNING_SECRET, TOKEN_ENCRYPTION_KEY: must be set \(the same on every machine\) when STORAGE_S3_BUCKET is set/,
		);
		expect(() => loadConfig({ STORAGE_S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/STORAGE_S3_BUCKET: must be set with STORAGE_S3_ENDPOINT/);
	});
});
