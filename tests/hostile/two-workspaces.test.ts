import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, createApiClient } from '../../client/create-api-client.js';
import { createWorkspace } from '../../core/workspaces/create-workspace.js';
import { createApiKey } from '../../server/access/create-api-key.js';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';
import { waitFor } from '../support/wait-for.js';
import { waitForRender } from '../support/wait-for-render.js';

// Two tenants on one server. Everything of A is made through the API (a real render, batch, clip, script, voiceover,
// publication and webhook deliveries); B then tries every way in with its own key.
let stack: TestStack;
let receiver: http.Server;
let receiverUrl = '';
let a: ApiClient;
let b: ApiClient;
let aSecret = '';
let bSecret = '';
let operator: ApiClient;
const made = {
	renderId: '',
	outputKey: '',
	outputUrl: '',
	batchId: '',
	clipId: '',
	clipSrc: '',
	scriptId: '',
	publicationId: '',
	accountId: '',
	voiceoverSrc: '',
};

const makeKey = async (workspaceId: string, scopes: ('render' | 'publish' | 'admin' | 'operator')[]) =>
	(await createApiKey(stack.db, { workspaceId, name: `${workspaceId}-${scopes.join('-')}`, scopes, rateLimitPerMinute: 100_000 })).secret;

beforeAll(async () => {
	receiver = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
	});
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
	stack = await startTestStack({ publishWorker: true, webhookWorker: true, env: { REQUIRE_API_KEY: 'true' } });
	await createWorkspace(stack.db, { id: 'acme', name: 'Acme', maxRendersInFlight: null, maxRenderMinutesPerDay: null, maxStorageMegabytes: null });
	await createWorkspace(stack.db, { id: 'rival', name: 'Rival', maxRendersInFlight: null, maxRenderMinutesPerDay: null, maxStorageMegabytes: null });
	aSecret = await makeKey('acme', ['admin']);
	bSecret = await makeKey('rival', ['admin']);
	a = createApiClient(stack.api.url, { apiKey: aSecret });
	b = createApiClient(stack.api.url, { apiKey: bSecret });
	operator = createApiClient(stack.api.url, { apiKey: await makeKey('default', ['operator']) });

	const clip = fs.readFileSync(path.join(stack.config.storageDir, 'samples', 'clip.mp4'));
	const [imported] = await a.clips.import.mutate({ items: [{ dataBase64: clip.toString('base64'), platform: 'tiktok', author: '@acme' }] });
	if (!imported?.ok) throw new Error(`clip import failed: ${JSON.stringify(imported)}`);
	made.clipId = imported.clip.id;
	made.clipSrc = imported.clip.src;
	made.scriptId = (await a.scripts.create.mutate({ hook: 'Acme secret launch plan' })).id;
	made.voiceoverSrc = (await a.voiceovers.preview.mutate({ narration: { text: 'Acme only words' } })).src;
	const render = await a.renders.create.mutate({
		template: 'captioned-clip',
		props: smallCaptionedClipProps(made.clipSrc, 1),
		output: { scale: 0.2 },
		idempotencyKey: 'shared-idempotency-key-1',
		webhook: { url: `${receiverUrl}/acme-hook` },
		metadata: { client: 'acme-confidential' },
	});
	const done = await waitForRender(a, render.id);
	expect(done.status).toBe('done');
	made.renderId = render.id;
	made.outputUrl = done.outputUrl ?? '';
	made.outputKey = (await stack.db.render.findUniqueOrThrow({ where: { id: render.id } })).outputKey ?? '';
	await waitFor('A webhook delivery', async () => (await a.renders.deliveries.query({ id: render.id })).items.length > 0);
	made.batchId = (
		await a.batches.create.mutate({
			template: 'captioned-clip',
			baseProps: { ...smallCaptionedClipProps(made.clipSrc, 1) },
			rows: [{ 'captions.style.textColor': '#FFFFFF' }],
			output: { scale: 0.2 },
		})
	).id;
	const publication = await a.publications.create.mutate({ renderId: render.id, target: { kind: 'webhook', url: `${receiverUrl}/acme-publish` } });
	made.publicationId = publication.id;
	made.accountId = (
		await stack.db.platformAccount.create({
			data: {
				id: 'acme-channel',
				workspaceId: 'acme',
				provider: 'youtube',
				externalId: 'UC-acme',
				displayName: 'Acme TV',
				scopes: [],
				accessTokenEncrypted: 'x',
			},
		})
	).id;
}, 240_000);
afterAll(async () => {
	await stack?.stop();
	await new Promise((resolve) => receiver?.close(resolve));
});

const expectNotFound = async (call: Promise<unknown>) => expect((await trpcErrorOf(call)).data?.code).toBe('NOT_FOUND');

describe("workspace B with its own key cannot read A's work", () => {
	it('gets NOT_FOUND for A render, batch, clip, script and publication, and empty lists', async () => {
		await expectNotFound(b.renders.get.query({ id: made.renderId }));
		await expectNotFound(b.batches.get.query({ id: made.batchId }));
		await expectNotFound(b.clips.get.query({ id: made.clipId }));
		await expectNotFound(b.scripts.get.query({ id: made.scriptId }));
		await expectNotFound(b.publications.get.query({ id: made.publicationId }));
		await expectNotFound(b.analytics.render.query({ id: made.renderId }));
		await expectNotFound(b.analytics.batch.query({ id: made.batchId }));
		expect((await b.renders.list.query({})).items).toEqual([]);
		expect((await b.batches.list.query({})).items).toEqual([]);
		expect((await b.clips.list.query({})).items).toEqual([]);
		expect((await b.scripts.list.query({})).items).toEqual([]);
		expect((await b.publications.list.query({ renderId: made.renderId })).items).toEqual([]);
		expect((await b.accounts.list.query()).items).toEqual([]);
		expect((await b.apiKeys.list.query()).items.map((key) => key.workspaceId)).toEqual(['rival']);
		expect((await b.renders.deliveries.query({ id: made.renderId })).items).toEqual([]);
		expect((await b.batches.deliveries.query({ id: made.batchId })).items).toEqual([]);
		const overview = await b.analytics.overview.query({});
		expect(overview.telemetry.renders).toBe(0);
		expect(overview.publications.total).toBe(0);
		// A sees its own, so the empty answers above are not an empty database.
		expect((await a.renders.list.query({})).items.map((render) => render.id)).toContain(made.renderId);
		expect((await a.clips.list.query({})).items).toHaveLength(1);
	});

	it('follows nothing of A over SSE', async () => {
		const seen = await new Promise<unknown[]>((resolve) => {
			const updates: unknown[] = [];
			const subscription = b.renders.onProgress.subscribe(
				{ id: made.renderId },
				{ onData: (update) => updates.push(update), onComplete: () => resolve(updates), onError: () => resolve(updates) },
			);
			setTimeout(() => {
				subscription.unsubscribe();
				resolve(updates);
			}, 3000);
		});
		expect(seen).toEqual([]);
	});

	it("cannot cancel, retry or publish A's render, nor disconnect A's account, and A's render is unchanged", async () => {
		await expectNotFound(b.renders.cancel.mutate({ id: made.renderId }));
		await expectNotFound(b.renders.retry.mutate({ id: made.renderId }));
		await expectNotFound(b.batches.cancel.mutate({ id: made.batchId }));
		await expectNotFound(b.publications.retry.mutate({ id: made.publicationId }));
		await expectNotFound(b.publications.create.mutate({ renderId: made.renderId, target: { kind: 'webhook', url: `${receiverUrl}/b` } }));
		await expectNotFound(b.accounts.disconnect.mutate({ id: made.accountId }));
		expect((await a.renders.get.query({ id: made.renderId })).status).toBe('done');
		expect(await stack.db.platformAccount.count({ where: { id: made.accountId } })).toBe(1);
	});

	it("cannot use A's output, clip, voiceover or script in its own renders", async () => {
		for (const src of [
			`storage:${made.outputKey}`,
			made.clipSrc,
			made.voiceoverSrc,
			'storage:workspaces/acme/renders/x.mp4',
			`storage:workspaces/acme/${made.outputKey}`,
		]) {
			const error = await trpcErrorOf(b.renders.create.mutate({ template: 'captioned-clip', props: smallCaptionedClipProps(src, 1) }));
			expect(error.data?.code).toBe('BAD_REQUEST');
			expect(error.message).toContain("is not in this workspace's storage");
		}
		await expectNotFound(
			b.renders.create.mutate({ template: 'faceless-narration', props: { backgrounds: [{ type: 'gradient' }] }, narration: { scriptId: made.scriptId } }),
		);
		// B's own finished render, published to A's channel.
		const own = await stack.db.render.create({
			data: { id: 'rival-done', workspaceId: 'rival', template: 'captioned-clip', props: {}, status: 'done', outputKey: 'renders/rival-done.mp4' },
		});
		const toAcmeChannel = await trpcErrorOf(
			b.publications.create.mutate({ renderId: own.id, target: { kind: 'youtube', accountId: made.accountId, title: 'x' } }),
		);
		expect(toAcmeChannel.message).toBe(`"target.accountId": no connected account '${made.accountId}'`);
		await stack.db.render.delete({ where: { id: own.id } });
		expect(await stack.db.render.count({ where: { workspaceId: 'rival' } })).toBe(0);
	});

	it("cannot download A's files or zip with its key, while A's signed link works without any key", async () => {
		const fileUrl = `${stack.api.url}/files/workspaces/acme/${made.outputKey}`;
		expect((await fetch(fileUrl, { headers: { authorization: `Bearer ${bSecret}` } })).status).toBe(404);
		expect((await fetch(fileUrl)).status).toBe(401);
		expect((await fetch(fileUrl, { headers: { authorization: `Bearer ${aSecret}` } })).status).toBe(200);
		const zipUrl = `${stack.api.url}/batches/${made.batchId}/outputs.zip`;
		expect((await fetch(zipUrl, { headers: { authorization: `Bearer ${bSecret}` } })).status).toBe(404);
		// The link renders.get gave A is signed and expires; a platform or a browser can fetch it with no key.
		expect(made.outputUrl).toMatch(/\?expires=\d+&signature=/);
		const shared = await fetch(made.outputUrl.replace(/^https?:\/\/[^/]+/, stack.api.url), { headers: { range: 'bytes=0-99' } });
		expect(shared.status).toBe(206);
		const tampered = made.outputUrl.replace(/^https?:\/\/[^/]+/, stack.api.url).replace(/signature=./, 'signature=A');
		expect((await fetch(tampered)).status).toBe(403);
	});

	it('shares no idempotency keys and no voiceover cache with A', async () => {
		const again = await b.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps('storage:samples/clip.mp4', 1),
			output: { scale: 0.2 },
			idempotencyKey: 'shared-idempotency-key-1',
		});
		expect(again.id).not.toBe(made.renderId);
		// Another template with the same key is B's own new render, not a conflict naming A's.
		const other = await b.renders.create.mutate({
			template: 'quote-card',
			props: { quote: 'Hi' },
			output: { scale: 0.2 },
			idempotencyKey: 'shared-idempotency-key-2',
		});
		expect(other.id).not.toBe(made.renderId);
		const spoken = await b.voiceovers.preview.mutate({ narration: { text: 'Acme only words' } });
		expect(spoken.cacheHit).toBe(false);
		expect(spoken.src).not.toBe(made.voiceoverSrc);
		await b.renders.cancel.mutate({ id: again.id });
		await b.renders.cancel.mutate({ id: other.id });
	});
});

describe('operators and limits', () => {
	it('lets an operator key act in another workspace only when the request names it, and no other key', async () => {
		expect((await operator.renders.list.query({})).items.map((render) => render.id)).not.toContain(made.renderId);
		const named = async (secret: string) =>
			fetch(`${stack.api.url}/trpc/renders.get?input=${encodeURIComponent(JSON.stringify({ id: made.renderId }))}`, {
				headers: { authorization: `Bearer ${secret}`, 'x-reelforge-workspace': 'acme' },
			});
		const operatorSecret = await makeKey('default', ['operator']);
		expect((await named(operatorSecret)).status).toBe(200);
		const refused = await named(bSecret);
		expect(refused.status).toBe(403);
		expect(await refused.text()).toContain('Only an operator key may act in another workspace');
		expect((await trpcErrorOf(b.workspaces.list.query())).data?.code).toBe('FORBIDDEN');
		expect((await operator.workspaces.list.query()).items.map((workspace) => workspace.id)).toEqual(['default', 'acme', 'rival']);
	});

	it('refuses renders over a workspace limit with 429 or 403 saying which limit', async () => {
		await operator.workspaces.create.mutate({ id: 'tiny', name: 'Tiny', limits: { maxRendersInFlight: 1, maxStorageMegabytes: 1 } });
		const tiny = createApiClient(stack.api.url, { apiKey: await makeKey('tiny', ['render']) });
		const props = smallCaptionedClipProps('storage:samples/clip.mp4', 1);
		const first = await tiny.renders.create.mutate({ template: 'captioned-clip', props, output: { scale: 0.2 } });
		const second = await trpcErrorOf(tiny.renders.create.mutate({ template: 'captioned-clip', props, output: { scale: 0.2 } }));
		expect(second.data?.httpStatus).toBe(429);
		expect(second.message).toMatch(/1 renders are queued or running .* limit of 1 \(maxRendersInFlight\)/);
		await waitForRender(tiny, first.id);
		await operator.workspaces.setLimits.mutate({ id: 'tiny', limits: { maxStorageMegabytes: 1, maxRendersInFlight: null } });
		await stack.db.render.update({ where: { id: first.id }, data: { outputSizeBytes: 2 * 1024 * 1024 } });
		const full = await trpcErrorOf(tiny.renders.create.mutate({ template: 'captioned-clip', props, output: { scale: 0.2 } }));
		expect(full.data?.httpStatus).toBe(403);
		expect(full.message).toContain('(maxStorageMegabytes)');
		expect(await stack.db.render.count({ where: { workspaceId: 'tiny' } })).toBe(1);
	});
});
