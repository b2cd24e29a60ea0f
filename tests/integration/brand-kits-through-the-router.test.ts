import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../core/workspaces/create-workspace.js';
import { callerErrorOf } from '../support/caller-error-of.js';
import { type Caller, startTestContext, type TestContext } from '../support/start-test-context.js';
import { SAMPLE_CLIP_KEY } from '../support/store-sample-clip.js';

let context: TestContext;
let client: Caller;
beforeAll(async () => {
	context = await startTestContext();
	client = context.caller;
});
afterAll(async () => {
	await context?.stop();
});

const kit = {
	name: 'Acme',
	brand: {
		colors: { primary: '#00AAFF', secondary: '#FF00AA', text: '#FAFAFA', background: '#002244' },
		font: 'anton' as const,
		watermark: { text: '@acme' },
		outro: { text: 'acme.example', durationSeconds: 1 },
	},
	captionStyle: { uppercase: false, position: 'center' },
};

describe('brand kits through the router', () => {
	it('creates, lists, updates and removes a kit, scoped to the workspace', async () => {
		const created = await client.brandKits.create(kit);
		expect(created).toMatchObject({
			name: 'Acme',
			brand: { font: 'anton', watermark: { text: '@acme', position: 'bottom-left' } },
			captionStyle: { uppercase: false },
		});
		expect((await client.brandKits.list({})).items.map((item) => item.id)).toEqual([created.id]);
		expect((await client.brandKits.get({ id: created.id })).brand.colors.primary).toBe('#00AAFF');

		const conflict = await callerErrorOf(client.brandKits.create(kit));
		expect(conflict.data.code).toBe('CONFLICT');
		expect(conflict.message).toContain("'Acme'");

		const updated = await client.brandKits.update({ ...kit, id: created.id, name: 'Acme 2' });
		expect(updated.name).toBe('Acme 2');

		await createWorkspace(context.db, { id: 'rival', name: 'Rival', maxRendersInFlight: null, maxRenderMinutesPerDay: null, maxStorageMegabytes: null });
		const rival = await context.callerWithKey(['render'], 'rival');
		expect((await rival.brandKits.list({})).items).toEqual([]);
		expect((await callerErrorOf(rival.brandKits.get({ id: created.id }))).data.code).toBe('NOT_FOUND');
		expect((await callerErrorOf(rival.renders.create({ template: 'clip-story', props: {}, brandKitId: created.id }))).message).toContain('"brandKitId"');

		expect(await client.brandKits.remove({ id: created.id })).toEqual({ removed: true });
		expect((await client.brandKits.list({})).items).toEqual([]);
	});

	it('refuses a caption style field that does not exist, naming it, and a logo outside the workspace', async () => {
		const bad = await callerErrorOf(client.brandKits.create({ ...kit, name: 'Bad', captionStyle: { colour: 'red' } }));
		expect(bad.data.code).toBe('BAD_REQUEST');
		expect(bad.data.issues).toContainEqual(expect.objectContaining({ message: expect.stringContaining('"colour" is not a caption style field') }));
		const logo = await callerErrorOf(client.brandKits.create({ ...kit, name: 'Logo', brand: { ...kit.brand, logo: { src: 'storage:nowhere/logo.png' } } }));
		expect(logo.message).toContain("brand.logo.src: storage:nowhere/logo.png is not in this workspace's storage");
	});

	it('applies a kit to a render: its props carry the brand, colours and caption style, the request’s own values win', async () => {
		const stored = await client.brandKits.create({ ...kit, name: 'Render kit' });
		const render = await client.renders.create({
			template: 'clip-story',
			props: { clips: [{ src: `storage:${SAMPLE_CLIP_KEY}` }], captions: { style: { emphasisColor: '#123456' } }, interrupts: { mode: 'off' } },
			brandKitId: stored.id,
		});
		const row = await context.db.render.findUniqueOrThrow({ where: { id: render.id }, select: { props: true } });
		expect(row.props).toMatchObject({
			accentColor: '#00AAFF',
			endCard: { backgroundColor: '#002244' },
			captions: { style: { font: 'anton', highlightColor: '#00AAFF', emphasisColor: '#123456', uppercase: false, position: 'center' } },
			brand: { watermark: { text: '@acme' }, outro: { text: 'acme.example' } },
		});
		const unknown = await callerErrorOf(client.renders.create({ template: 'clip-story', props: {}, brandKitId: 'nope' }));
		expect(unknown.data.code).toBe('NOT_FOUND');
	});
});
