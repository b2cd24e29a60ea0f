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
});
