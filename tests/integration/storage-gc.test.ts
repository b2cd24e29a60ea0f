import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config/load-config.js';
import type { Database } from '../../core/db/create-database.js';
import { openMigratedDatabase } from '../../core/db/open-migrated-database.js';
import { projectRoot } from '../../core/db/project-root.js';
import { createLogger } from '../../core/log/create-logger.js';
import { collectStorageGarbage } from '../../core/maintenance/collect-storage-garbage.js';
import { createOutboundPolicy } from '../../core/net/create-outbound-policy.js';
import { type RunningRedis, startRedisServer } from '../../core/redis/start-redis-server.js';
import { openStorage } from '../../core/storage/open-storage.js';
import type { Storage } from '../../core/storage/storage.js';
import { startMaintenanceWorker } from '../../workers/maintenance/start-maintenance-worker.js';
import { type S3Server, startS3Server } from '../support/start-s3-server.js';
import { storedKeys } from '../support/stored-keys.js';
import { makeTempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const logger = createLogger('silent', 'test');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let s3: S3Server;
let redis: RunningRedis;
beforeAll(async () => {
	s3 = await startS3Server();
	redis = await startRedisServer({ dir: makeTempDir('gc-redis'), persistent: false });
});
afterAll(async () => {
	await redis?.stop();
	await s3?.close();
});

/** A home with its own database and storage (a directory, or a fresh prefix of the test bucket). */
const openHome = async (kind: 'local' | 's3') => {
	const home = makeTempDir(`gc-${kind}`);
	const env = {
		REELFORGE_HOME: home,
		LOG_LEVEL: 'error',
		RETENTION_CHUNKS_HOURS: '24',
		RETENTION_OUTPUTS_DAYS: '2',
		...(kind === 's3' ? { ...s3.env(), STORAGE_S3_PREFIX: `gc-${randomBytes(4).toString('hex')}/` } : {}),
	};
	const config = loadConfig(env);
	const { db } = await openMigratedDatabase(config.databaseUrl);
	const { storage, cache } = openStorage(config, createOutboundPolicy({ rules: [] }));
	return {
		home,
		env,
		config,
		db,
		storage,
		close: async () => {
			cache.close();
			await db.$disconnect();
		},
	};
};

const put = async (storage: Storage, key: string, bytes: number) => {
	const file = path.join(makeTempDir('gc-file'), 'object.bin');
	fs.writeFileSync(file, randomBytes(bytes));
	await storage.putFile(key, file);
};
const addRender = (db: Database, id: string, data: { status: 'done' | 'failed' | 'rendering'; finishedAt?: Date; workspaceId?: string }) =>
	db.render.create({
		data: {
			id,
			workspaceId: data.workspaceId ?? 'default',
			template: 'quote-card',
			props: {},
			status: data.status,
			outputKey: data.status === 'done' ? `renders/${id}.mp4` : null,
			finishedAt: data.finishedAt ?? null,
		},
	});
const bytesOf = async (storage: Storage) => {
	let bytes = 0;
	for await (const object of storage.list('')) bytes += object.sizeBytes;
	return bytes;
};

describe.each(['local', 's3'] as const)('storage gc on %s storage', (kind) => {
	it('removes chunks of ended renders, orphaned and expired outputs, keeps the rest, and reports what it freed', async () => {
		const home = await openHome(kind);
		// gc's clock runs three days ahead, so everything stored now is old enough to judge.
		const now = new Date(Date.now() + 3 * DAY);
		await home.db.workspace.create({ data: { id: 'acme', name: 'Acme' } });
		await addRender(home.db, 'expired', { status: 'done', finishedAt: new Date(now.getTime() - 2.5 * DAY) });
		await addRender(home.db, 'recent', { status: 'done', finishedAt: new Date(now.getTime() - DAY) });
		await addRender(home.db, 'failedchunked', { status: 'failed', finishedAt: new Date(now.getTime() - 25 * HOUR) });
		await addRender(home.db, 'justfailed', { status: 'failed', finishedAt: new Date(now.getTime() - HOUR) });
		await addRender(home.db, 'running', { status: 'rendering' });
		await addRender(home.db, 'acmerender', { status: 'done', finishedAt: new Date(now.getTime() - DAY), workspaceId: 'acme' });
		const removable = {
			'renders/expired.mp4': 40_000,
			'renders/expired.srt': 300,
			'chunks/failedchunked/0000.ts': 20_000,
			'chunks/failedchunked/0000.aac': 2_000,
			'renders/ghost.mp4': 10_000,
			// A key in acme's folder naming a render of the default workspace is nobody's file.
			'workspaces/acme/renders/expired.mp4': 5_000,
		};
		const kept = {
			'renders/recent.mp4': 30_000,
			'chunks/justfailed/0000.ts': 1_000,
			'chunks/running/0000.ts': 1_000,
			'workspaces/acme/renders/acmerender.mp4': 7_000,
			'clips/0123456789abcdef.mp4': 9_000,
			'samples/sample-clip.mp4': 8_000,
		};
		for (const [key, bytes] of Object.entries({ ...removable, ...kept })) await put(home.storage, key, bytes);
		const removableBytes = Object.values(removable).reduce((sum, bytes) => sum + bytes, 0);
		const before = await bytesOf(home.storage);

		// Right after the writes, nothing is old enough: an object without a row yet may belong to a render being created.
		const early = await collectStorageGarbage({ ...home, logger }, { retention: home.config.storage.retention, dryRun: true });
		expect(early.orphanOutputs.objects).toBe(0);

		const dry = await collectStorageGarbage({ ...home, logger }, { retention: home.config.storage.retention, dryRun: true, now });
		expect(dry).toMatchObject({
			dryRun: true,
			freedBytes: removableBytes,
			chunks: { objects: 2 },
			orphanOutputs: { objects: 2 },
			expiredOutputs: { objects: 2, renders: 1 },
		});
		expect(await bytesOf(home.storage)).toBe(before);

		const report = await collectStorageGarbage({ ...home, logger }, { retention: home.config.storage.retention, now });
		expect(report).toMatchObject({
			dryRun: false,
			freedBytes: removableBytes,
			chunks: dry.chunks,
			orphanOutputs: dry.orphanOutputs,
			expiredOutputs: dry.expiredOutputs,
		});
		expect(before - (await bytesOf(home.storage))).toBe(report.freedBytes);
		expect(await storedKeys(home.storage, '')).toEqual(Object.keys(kept).sort());
		// The expired render keeps its record, says when its files went, and links to nothing.
		const expired = await home.db.render.findUniqueOrThrow({ where: { id: 'expired' } });
		expect(expired).toMatchObject({ status: 'done', outputKey: null });
		expect(expired.outputsRemovedAt).toBeInstanceOf(Date);
		expect((await home.db.render.findUniqueOrThrow({ where: { id: 'recent' } })).outputsRemovedAt).toBeNull();
		// A second pass finds nothing more.
		expect((await collectStorageGarbage({ ...home, logger }, { retention: home.config.storage.retention, now })).freedBytes).toBe(0);
		await home.close();
	});
});

describe('storage gc of a local directory', () => {
	it('`reelforge storage gc` removes an old orphan and a write a killed process left half done, and says what it freed', async () => {
		const home = await openHome('local');
		await put(home.storage, 'renders/ghost.mp4', 12_345);
		await put(home.storage, 'renders/young.mp4', 1_000);
		const dir = path.join(home.config.storageDir, 'renders');
		const old = new Date(Date.now() - 2 * HOUR);
		fs.utimesSync(path.join(dir, 'ghost.mp4'), old, old);
		fs.writeFileSync(path.join(dir, 'other.mp4.partial-99999'), randomBytes(4_000));
		fs.utimesSync(path.join(dir, 'other.mp4.partial-99999'), old, old);
		await home.close();

		const env = { ...process.env, ...home.env };
		const dry = await run(process.execPath, [path.join(projectRoot, 'bin/reelforge.js'), 'storage', 'gc', '--dry-run'], { env });
		expect(dry.stdout).toContain('would remove 1 output files no done render owns (0.0 MB)');
		expect(fs.existsSync(path.join(dir, 'ghost.mp4'))).toBe(true);

		const { stdout } = await run(process.execPath, [path.join(projectRoot, 'bin/reelforge.js'), 'storage', 'gc', '--json'], { env });
		const report = JSON.parse(stdout) as { freedBytes: number; orphanOutputs: { objects: number }; abandonedWrites: { writes: number; bytes: number } };
		expect(report).toMatchObject({ freedBytes: 12_345 + 4_000, orphanOutputs: { objects: 1 }, abandonedWrites: { writes: 1, bytes: 4_000 } });
		expect(fs.readdirSync(dir)).toEqual(['young.mp4']);
	});
});

describe('storage gc on a fleet of workers', () => {
	it('runs on one worker at a time from a schedule every worker keeps, and stops when the interval is 0', async () => {
		const home = await openHome('s3');
		await addRender(home.db, 'gone', { status: 'failed', finishedAt: new Date(Date.now() - 30 * DAY) });
		await put(home.storage, 'chunks/gone/0000.ts', 5_000);
		const config = loadConfig({ ...home.env, STORAGE_GC_INTERVAL_MINUTES: '60' });
		const workers = await Promise.all([1, 2].map(() => startMaintenanceWorker({ config, db: home.db, redisUrl: redis.url, logger })));
		const runs: number[] = [];
		for (const [index, maintenance] of workers.entries()) maintenance.worker.on('completed', () => runs.push(index));
		// A job scheduler's first job is due at once.
		const deadline = Date.now() + 20_000;
		while ((await storedKeys(home.storage, 'chunks/')).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(await storedKeys(home.storage, 'chunks/')).toEqual([]);
		await new Promise((resolve) => setTimeout(resolve, 1_000));
		expect(runs).toHaveLength(1);
		expect(await workers[0]?.schedulerEvery()).toBe(60 * 60_000);
		for (const maintenance of workers) await maintenance.close();

		const off = await startMaintenanceWorker({
			config: loadConfig({ ...home.env, STORAGE_GC_INTERVAL_MINUTES: '0' }),
			db: home.db,
			redisUrl: redis.url,
			logger,
		});
		expect(await off.schedulerEvery()).toBeNull();
		await off.close();
		await home.close();
	});
});
