import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemplateId } from '../../compositions/templates.js';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';
import { waitFor } from '../support/wait-for.js';
import { waitForRender } from '../support/wait-for-render.js';

// An internal service on loopback that nothing may reach: every assertion ends with its hit count.
let internal: http.Server;
let internalHits: string[] = [];
let internalPort = 0;
// A receiver the operator allowed (OUTBOUND_ALLOWED_HOSTS names its port): it answers 500 with a body, or redirects inward.
let allowed: http.Server;
let allowedBase = '';
let stack: TestStack;

const listen = async (server: http.Server) => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return (server.address() as AddressInfo).port;
};

beforeAll(async () => {
	internal = http.createServer((req, res) => {
		internalHits.push(req.url ?? '');
		res.writeHead(200).end('INTERNAL-SECRET');
	});
	internalPort = await listen(internal);
	allowed = http.createServer((req, res) => {
		req.resume();
		if (req.url?.startsWith('/to-internal')) res.writeHead(302, { location: `http://127.0.0.1:${internalPort}/redirected.mp4` }).end();
		else res.writeHead(500, { 'content-type': 'text/plain' }).end('RECEIVER-BODY-WITH-SECRETS token=abc123');
	});
	allowedBase = `http://127.0.0.1:${await listen(allowed)}`;
	stack = await startTestStack({
		publishWorker: true,
		webhookWorker: true,
		env: { OUTBOUND_ALLOWED_HOSTS: new URL(allowedBase).host, WEBHOOK_ATTEMPTS: '1', PUBLISH_ATTEMPTS: '1' },
	});
	internalHits = [];
});
afterAll(async () => {
	await stack?.stop();
	await new Promise((resolve) => internal?.close(resolve));
	await new Promise((resolve) => allowed?.close(resolve));
});

const internalTargets = () => [
	`http://127.0.0.1:${internalPort}/hook`,
	`http://localhost:${internalPort}/hook`,
	`http://[::1]:${internalPort}/hook`,
	`http://0x7f000001:${internalPort}/hook`,
	`http://2130706433:${internalPort}/hook`,
	`http://0177.0.0.1:${internalPort}/hook`,
	`http://127.1:${internalPort}/hook`,
	`http://[::ffff:127.0.0.1]:${internalPort}/hook`,
	`http://[::ffff:7f00:1]:${internalPort}/hook`,
	`http://[2002:7f00:1::]:${internalPort}/hook`,
	`http://127.0.0.1:${new URL(stack.redis.url).port}/`,
	`http://localhost:${new URL(stack.api.url).port}/trpc/apiKeys.list`,
	'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
	'http://10.0.0.1/hook',
	'http://100.64.0.1/hook',
	'http://192.168.1.1/hook',
];

const doneRender = async () => {
	const render = await stack.client.renders.create.mutate({
		template: 'captioned-clip',
		props: smallCaptionedClipProps(stack.sampleClipSrc, 1),
		output: { scale: 0.2 },
	});
	return waitForRender(stack.client, render.id);
};

describe('webhook, publish and media URLs on private networks', () => {
	it('refuses every loopback, private and mapped form as a render webhook, batch webhook, publish target, media src and clip, reaching nothing', async () => {
		const published = await doneRender();
		for (const url of internalTargets()) {
			const asWebhook = await trpcErrorOf(stack.client.renders.create.mutate({ template: 'quote-card', props: { quote: 'x' }, webhook: { url } }));
			expect(asWebhook.data?.code, url).toBe('BAD_REQUEST');
			expect(asWebhook.message).toMatch(/^webhook\.url: .* is refused: .*the outbound policy refuses it/);
			const asBatchWebhook = await trpcErrorOf(stack.client.batches.create.mutate({ template: 'quote-card', rows: [{ quote: 'x' }], webhook: { url } }));
			expect(asBatchWebhook.message, url).toContain('webhook.url');
			const asTarget = await trpcErrorOf(stack.client.publications.create.mutate({ renderId: published.id, target: { kind: 'webhook', url } }));
			expect(asTarget.message, url).toMatch(/^target\.url: /);
			const asMedia = await trpcErrorOf(stack.client.renders.create.mutate({ template: 'captioned-clip', props: smallCaptionedClipProps(url, 1) }));
			expect(asMedia.message, url).toMatch(/^props\.background\.src: /);
			const [asClip] = await stack.client.clips.import.mutate({ items: [{ url }] });
			expect(asClip, url).toMatchObject({ ok: false, error: expect.stringContaining('is not allowed') });
		}
		expect(await stack.db.render.count({ where: { template: 'quote-card' } })).toBe(0);
		expect(await stack.db.publication.count()).toBe(0);
		expect(internalHits).toEqual([]);
	});

	it('fails a render whose allowed media host redirects inward, before anything reaches the inside', async () => {
		const render = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(`${allowedBase}/to-internal/clip.mp4`, 1),
			output: { scale: 0.2 },
		});
		const failed = await waitForRender(stack.client, render.id);
		expect(failed.status).toBe('failed');
		expect(failed.error).toContain('refused by the outbound policy');
		expect(failed.error).toContain(`127.0.0.1 is a loopback address`);
		expect(internalHits).toEqual([]);
	});

	it("logs a failing receiver's status and timing, never its body, for render webhooks and webhook publications", async () => {
		const render = await stack.client.renders.create.mutate({
			template: 'captioned-clip',
			props: smallCaptionedClipProps(stack.sampleClipSrc, 1),
			output: { scale: 0.2 },
			webhook: { url: `${allowedBase}/hook` },
		});
		await waitForRender(stack.client, render.id);
		const deliveries = await waitFor('the failed delivery', async () => {
			const rows = (await stack.client.renders.deliveries.query({ id: render.id })).items;
			return rows.length > 0 && rows;
		});
		expect(deliveries[0]).toMatchObject({ outcome: 'failed', responseStatus: 500, error: 'HTTP 500' });
		expect(JSON.stringify(deliveries)).not.toContain('RECEIVER-BODY');
		const publication = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'webhook', url: `${allowedBase}/publish` } });
		const failed = await waitFor('the failed publication', async () => {
			const row = await stack.client.publications.get.query({ id: publication.id });
			return row.status === 'failed' && row;
		});
		expect(failed.error).toBe('The webhook answered HTTP 500');
		expect(JSON.stringify(failed)).not.toContain('RECEIVER-BODY');
	});
});

describe('props that reach CSS or markup', () => {
	it('refuses the colour injection that once painted an internal URL into a video', async () => {
		const payload = `#fff), url(http://127.0.0.1:${internalPort}/internal.png`;
		const error = await trpcErrorOf(stack.client.renders.create.mutate({ template: 'quote-card', props: { quote: 'Hello', colors: ['#000', payload] } }));
		expect(error.data?.code).toBe('BAD_REQUEST');
		expect(error.message).toContain('props.colors.1: must be a CSS colour');
		expect(internalHits).toEqual([]);
	});

	it('draws markup and CSS in every text prop as text: every template renders them and nothing is fetched', async () => {
		const at = (name: string) => `http://127.0.0.1:${internalPort}/${name}`;
		const payloads = [`<img src=${at('img')}>`, `url(${at('css')})`, `<style>@import "${at('imp')}"</style>`, `<svg onload=fetch('${at('svg')}')>`];
		const words = payloads.map((text, index) => ({ text, startMs: index * 250, endMs: index * 250 + 240 }));
		const captions = { words, style: { emoji: { [payloads[0] ?? '']: '🔥' } } };
		const byTemplate: Record<TemplateId, Record<string, unknown>> = {
			'quote-card': { quote: payloads.join(' '), author: payloads[1], showCaptions: true, captions },
			'clip-story': {
				clips: [{ src: stack.sampleClipSrc, caption: payloads[0] }],
				hook: { text: payloads.join(' ') },
				endCard: { text: payloads[2] },
				captions,
			},
			listicle: { title: payloads[3], items: [{ text: payloads[0], clip: { src: stack.sampleClipSrc } }], captions },
			'captioned-clip': { background: { src: stack.sampleClipSrc }, captions },
			'faceless-narration': { backgrounds: [{ type: 'gradient' }], captions },
			'split-screen': { top: { src: stack.sampleClipSrc }, bottom: { src: stack.sampleClipSrc }, captions },
		};
		const ids = [];
		for (const [template, props] of Object.entries(byTemplate)) {
			ids.push((await stack.client.renders.create.mutate({ template, props: { durationInSeconds: 1, ...props }, output: { scale: 0.2 } })).id);
		}
		for (const id of ids) {
			const render = await waitForRender(stack.client, id, 120_000);
			expect(render.status, render.error ?? '').toBe('done');
		}
		expect(internalHits).toEqual([]);
	});
});
