import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../core/db/apply-migrations.js';
import type { Database } from '../../core/db/create-database.js';
import { openMigratedDatabase } from '../../core/db/open-migrated-database.js';
import { pendingMigrations } from '../../core/db/pending-migrations.js';
import { makeTempDir } from '../support/temp-dir.js';
import { createTestPostgresDatabase } from '../support/test-postgres.js';

type Target = { name: string; url: string; cleanup: () => Promise<void> };

const targets: Record<string, () => Promise<Target>> = {
	sqlite: async () => ({ name: 'sqlite', url: `file:${path.join(makeTempDir('sqlite'), 'test.db')}`, cleanup: async () => {} }),
	postgresql: async () => {
		const database = await createTestPostgresDatabase();
		return { name: 'postgresql', url: database.url, cleanup: database.drop };
	},
};

describe.each(Object.keys(targets))('the %s database', (provider) => {
	let target: Target;
	let db: Database;

	beforeAll(async () => {
		target = await (targets[provider] as () => Promise<Target>)();
		const opened = await openMigratedDatabase(target.url);
		db = opened.db;
		expect(opened.applied.length).toBeGreaterThan(0);
	});
	afterAll(async () => {
		await db?.$disconnect();
		await target?.cleanup();
	});

	it('records the migrations it applied and applies nothing twice', async () => {
		expect(await pendingMigrations(db, target.url)).toEqual([]);
		await db.$disconnect();
		expect(await applyMigrations(target.url)).toEqual({ applied: [] });
		db = (await openMigratedDatabase(target.url)).db;
	});

	it('stores renders with JSON props, status enums and stage timings', async () => {
		const props = { captions: { words: [{ text: 'héllo "quoted"', startMs: 0, endMs: 10 }] }, nested: [1, [2, { three: null }]] };
		await db.render.create({ data: { workspaceId: 'default', id: 'r-json', template: 'captioned-clip', props } });
		const updated = await db.render.updateMany({
			where: { id: 'r-json', status: { notIn: ['cancelled', 'done'] } },
			data: { status: 'encoding', progress: 0.5 },
		});
		expect(updated.count).toBe(1);
		await db.render.update({ where: { id: 'r-json' }, data: { status: 'done', stageTimings: { renderMs: 1234 }, outputSizeBytes: 2_000_000_000 } });
		const row = await db.render.findUniqueOrThrow({ where: { id: 'r-json' } });
		expect(row).toMatchObject({ status: 'done', progress: 0.5, props, stageTimings: { renderMs: 1234 }, outputSizeBytes: 2_000_000_000 });
		expect(row.createdAt).toBeInstanceOf(Date);
	});

	it('pages renders newest first with a cursor', async () => {
		const base = Date.parse('2026-01-01T00:00:00Z');
		for (let i = 0; i < 5; i++) {
			await db.render.create({ data: { workspaceId: 'default', id: `page-${i}`, template: 'paged', props: {}, createdAt: new Date(base + i * 1000) } });
		}
		const page = (cursor?: string) =>
			db.render.findMany({
				where: { template: 'paged' },
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: 3,
				...(cursor ? { cursor: { id: cursor } } : {}),
			});
		const first = await page();
		expect(first.map((r) => r.id)).toEqual(['page-4', 'page-3', 'page-2']);
		const second = await page('page-2');
		expect(second.map((r) => r.id)).toEqual(['page-2', 'page-1', 'page-0']);
	});
});
