import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';
import { trpcErrorOf } from '../support/trpc-error-of.js';

let stack: TestStack;
let strict: TestStack;
let origin: http.Server;
let base: string;

beforeAll(async () => {
	stack = await startTestStack({ worker: false });
	strict = await startTestStack({ env: { OUTBOUND_ALLOWED_HOSTS: '' } });
	const video = fs.readFileSync(path.join(stack.config.storageDir, 'samples', 'clip.mp4'));
	// Stands in for the platforms the discovery service found clips on.
	origin = http.createServer((req, res) => {
		if (req.url === '/a.mp4' || req.url === '/same-bytes.mp4') res.writeHead(200, { 'content-type': 'video/mp4' }).end(video);
		else if (req.url === '/notes.txt') res.writeHead(200).end('not a video');
		else if (req.url === '/redirect-to-metadata') res.writeHead(302, { location: 'http://169.254.169.254/latest/' }).end();
		else res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
});
afterAll(async () => {
	origin?.close();
	await stack?.stop();
	await strict?.stop();
});

describe('clip import', () => {
	it('stores each video once with its provenance, and reports bad items one by one', async () => {
		const results = await stack.client.clips.import.mutate({
			items: [
				{
					url: `${base}/a.mp4`,
					platform: 'tiktok',
					author: '@maker',
					sourceLink: 'https://www.tiktok.com/@maker/video/1',
					license: 'Licensed for reuse',
					stats: { views: 1200 },
				},
				{ url: `${base}/same-bytes.mp4`, platform: 'youtube' },
				{ url: `${base}/notes.txt` },
				{ url: `${base}/missing.mp4` },
			],
		});
		const [first, duplicate, notVideo, missing] = results;
		expect(first).toMatchObject({ ok: true, duplicate: false, clip: { platform: 'tiktok', author: '@maker', hasAudio: true, width: 180, height: 320 } });
		expect(duplicate).toMatchObject({ ok: true, duplicate: true });
		expect(duplicate?.ok && first?.ok && duplicate.clip.id === first.clip.id).toBe(true);
		expect(notVideo).toMatchObject({ ok: false, error: 'the file is not a video ffprobe can read' });
		expect(missing).toMatchObject({ ok: false, error: `${base}/missing.mp4 answered HTTP 404` });
		expect(await stack.db.clip.count()).toBe(1);

		if (!first?.ok) throw new Error('first import failed');
		const render = await stack.client.renders.create.mutate({ template: 'captioned-clip', props: smallCaptionedClipProps(first.clip.src, 1) });
		const withProvenance = await stack.client.renders.get.query({ id: render.id });
		expect(withProvenance.clips).toEqual([
			{
				id: first.clip.id,
				platform: 'tiktok',
				author: '@maker',
				sourceLink: 'https://www.tiktok.com/@maker/video/1',
				license: 'Licensed for reuse',
				title: null,
			},
		]);
		expect(await stack.client.clips.get.query({ id: first.clip.id })).toMatchObject({ renderCount: 1 });
	});

	it('refuses URLs on private networks, also behind a redirect, for imports and for renders', async () => {
		const [direct] = await strict.client.clips.import.mutate({ items: [{ url: `${base}/a.mp4` }] });
		expect(direct).toMatchObject({ ok: false, error: expect.stringContaining('127.0.0.1 is a loopback address; the outbound policy refuses it') });
		// A render naming the same URL is refused before anything is stored, with the field named.
		const refused = await trpcErrorOf(strict.client.renders.create.mutate({ template: 'captioned-clip', props: smallCaptionedClipProps(`${base}/a.mp4`, 1) }));
		expect(refused.data?.code).toBe('BAD_REQUEST');
		expect(refused.message).toBe(`props.background.src: ${base}/a.mp4 is refused: 127.0.0.1 is a loopback address; the outbound policy refuses it`);
		expect(await strict.db.render.count()).toBe(0);
	});
});
