import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configEnvSchema } from '../../core/config/config-schema.js';
import { loadConfig, SHARED_SECRET_KEYS } from '../../core/config/load-config.js';
import { projectRoot } from '../../core/db/project-root.js';

// No Docker daemon runs where the tests do: these read the deployment files the way Compose and the image would and
// check them against what the code accepts, so a renamed setting or command breaks a test, not a deployment.
const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');
type Service = {
	command?: string[];
	environment?: Record<string, string | number | boolean>;
	volumes?: string[];
	build?: { context: string; dockerfile: string };
};
const compose = parse(read('deploy/compose.yaml'), { merge: true }) as { services: Record<string, Service> };
const reelforgeServices = ['api', 'worker'] as const;

/** Compose's interpolation: ${X:-default} takes the default, ${X:?message} stands for a value the operator must give. */
const interpolated = (value: string, given: Record<string, string>) =>
	value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_match, name: string, kind: string | undefined, rest: string | undefined) => {
		if (given[name] !== undefined) return given[name];
		if (kind === '-') return rest ?? '';
		if (kind === '?') throw new Error(`${name} is required: ${rest}`);
		return '';
	});
const environmentOf = (service: string, given: Record<string, string>) =>
	Object.fromEntries(Object.entries(compose.services[service]?.environment ?? {}).map(([key, value]) => [key, interpolated(String(value), given)]));
const secrets = { URL_SIGNING_SECRET: 'u'.repeat(64), WEBHOOK_SIGNING_SECRET: 'w'.repeat(64), TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };

describe('deploy/compose.yaml', () => {
	it.each(reelforgeServices)('gives the %s only settings Reelforge knows, and they load as bucket storage, PostgreSQL and Redis', (service) => {
		const environment = environmentOf(service, secrets);
		const known = new Set(Object.keys(configEnvSchema.shape));
		expect(Object.keys(environment).filter((key) => !known.has(key))).toEqual([]);
		const config = loadConfig({ ...environment, REELFORGE_HOME: '/var/lib/reelforge' });
		expect(config.databaseUrl).toMatch(/^postgresql:\/\/reelforge:.+@postgres:5432\/reelforge$/);
		expect(config.redisUrl).toBe('redis://redis:6379');
		expect(config.storage.s3).toMatchObject({ bucket: 'reelforge', endpoint: 'http://s3:9000', publicEndpoint: 'http://localhost:9000', forcePathStyle: true });
		expect(config.access.requireApiKey).toBe(true);
	});

	it('refuses to start without the secrets the machines must share, naming each', () => {
		for (const key of SHARED_SECRET_KEYS) {
			const others = Object.fromEntries(Object.entries(secrets).filter(([name]) => name !== key));
			for (const service of reelforgeServices) expect(() => environmentOf(service, others)).toThrow(`${key} is required`);
		}
	});

	it('runs commands the CLI has, from the image the Dockerfile builds', () => {
		const usage = read('cli/main.ts');
		expect(compose.services.api?.command).toEqual(['serve']);
		expect(compose.services.worker?.command).toEqual(['worker']);
		for (const service of reelforgeServices) {
			expect(usage).toContain(`case '${compose.services[service]?.command?.[0]}':`);
			expect(compose.services[service]?.build).toEqual({ context: '..', dockerfile: 'deploy/Dockerfile' });
		}
		const dockerfile = read('deploy/Dockerfile');
		expect(dockerfile).toContain('ENTRYPOINT ["node", "bin/reelforge.js"]');
		expect(fs.existsSync(path.join(projectRoot, 'bin/reelforge.js'))).toBe(true);
		// Installed by the same script CI runs, so the image has what the tests proved and nothing listed twice.
		expect(dockerfile).toMatch(/^RUN bash scripts\/setup\.sh\b/m);
		// A checkout's node_modules hold native modules built for the host; the image builds its own.
		expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['node_modules', '.reelforge']));
	});

	it('makes the bucket the services store in, with a script that exists', () => {
		const volume = compose.services['create-bucket']?.volumes?.[0] ?? '';
		const script = read(path.join('deploy', volume.split(':')[0] ?? ''));
		const bucket = environmentOf('api', secrets).STORAGE_S3_BUCKET;
		expect(script).toContain(`mc mb --ignore-existing store/${bucket}`);
		expect(script).toContain(`--prefix chunks/ --expire-days 1 store/${bucket}`);
	});
});
