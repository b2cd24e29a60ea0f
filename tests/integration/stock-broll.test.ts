import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeVideoFrames } from '../support/decode-video-frames.js';
import { startStockApi } from '../support/start-stock-api.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';
import { waitForRender } from '../support/wait-for-render.js';

const PEXELS_KEY = 'pexels-test-key';
const PIXABAY_KEY = 'pixabay-test-key';

let stack: TestStack;
let api: Awaited<ReturnType<typeof startStockApi>>;
beforeAll(async () => {
	// The stock videos: pure red (Pexels), so the frames show exactly when the B-roll is on screen, and blue (Pixabay).
	const dir = makeTempDir('stock');
	const videoFiles = { pexels: path.join(dir, 'red.mp4'), pixabay: path.join(dir, 'blue.mp4') };
	for (const [colour, file] of [
		['red', videoFiles.pexels],
		['blue', videoFiles.pixabay],
	] as const) {
		execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `color=c=${colour}:s=180x320:d=3:r=30`, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file]);
	}
	api = await startStockApi({ videoFiles, pexelsKey: PEXELS_KEY, pixabayKey: PIXABAY_KEY });
	stack = await startTestStack({
		env: { PEXELS_API_KEY: PEXELS_KEY, PEXELS_BASE_URL: api.url, PIXABAY_API_KEY: PIXABAY_KEY, PIXABAY_BASE_URL: api.url },
	});
});
afterAll(async () => {
	await stack?.stop();
	await api?.close();
});

const errorOf = async (promise: Promise<unknown>) => {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(TRPCClientError);
	return { code: (error as { data?: { code?: string } }).data?.code, message: (error as Error).message };
};

describe('stock B-roll', () => {
	it('searches Pexels as documented and keeps the provenance of each result, leaving out videos too short for the slot', async () => {
		const { items } = await stack.client.stock.search.query({
			provider: 'pexels',
			query: 'red car',
			orientation: 'portrait',
			minDurationSeconds: 1.2,
			limit: 5,
		});
		expect(items.map((item) => item.id)).toEqual(['101', '103']);
		expect(items[0]).toMatchObject({
			provider: 'pexels',
			kind: 'video',
			downloadUrl: `${api.url}/files/pexels-101-hd.mp4`,
			pageUrl: 'https://www.pexels.com/video/red-101/',
			author: 'Jane Doe',
			license: expect.stringContaining('Pexels License'),
			durationSeconds: 3,
		});
		expect(api.requests.at(-1)).toMatchObject({
			path: '/videos/search',
			authorization: PEXELS_KEY,
			query: { query: 'red car', per_page: '5', orientation: 'portrait' },
		});
	});

	it('searches Pixabay with its key as a query parameter and skips renditions it does not have', async () => {
		const { items } = await stack.client.stock.search.query({ provider: 'pixabay', query: 'red' });
		expect(items.map((item) => [item.id, item.downloadUrl, item.author, item.pageUrl])).toEqual([
			['201', `${api.url}/files/pixabay-201.mp4`, 'pixa_user', 'https://pixabay.com/videos/red-201/'],
			['202', `${api.url}/files/pixabay-202.mp4`, 'pixa_user', 'https://pixabay.com/videos/red-202/'],
		]);
		expect(api.requests.at(-1)).toMatchObject({ path: '/api/videos/', query: { key: PIXABAY_KEY, q: 'red' } });
	});

	it('answers no results, a refused key, a rate limit and a provider failure with a reason, never an empty list', async () => {
		api.state.empty = true;
		expect(await errorOf(stack.client.stock.search.query({ provider: 'pexels', query: 'nothing' }))).toMatchObject({
			code: 'NOT_FOUND',
			message: 'pexels found no videos for "nothing"',
		});
		api.state.empty = false;
		expect(await errorOf(stack.client.stock.search.query({ provider: 'pexels', query: 'red', minDurationSeconds: 60 }))).toMatchObject({
			code: 'NOT_FOUND',
			message: expect.stringContaining('none at least 60 s long'),
		});
		for (const [status, code, message] of [
			[401, 'BAD_GATEWAY', 'pexels refused the API key (HTTP 401): check PEXELS_API_KEY'],
			[429, 'TOO_MANY_REQUESTS', 'pexels rate limit reached (HTTP 429): retry after 30 s'],
			[503, 'BAD_GATEWAY', 'pexels answered HTTP 503; try again later'],
		] as const) {
			api.state.status = status;
			expect(await errorOf(stack.client.stock.search.query({ provider: 'pexels', query: 'red' }))).toMatchObject({ code, message });
		}
		api.state.status = 200;
	});

	it('puts stock B-roll on the emphasised word, and its provenance on the render and on the publication', async () => {
		const words = [
			{ text: 'This', startMs: 100, endMs: 500 },
			{ text: 'changed', startMs: 600, endMs: 1000 },
			{ text: 'everything', startMs: 1500, endMs: 2200, emphasis: true },
		];
		const created = await stack.client.renders.create.mutate({
			template: 'clip-story',
			props: { clips: [{ src: stack.sampleClipSrc }], captions: { words }, durationInSeconds: 3 },
			stockBroll: { provider: 'pexels', query: 'everything', count: 1 },
			output: { scale: 0.25 },
		});
		const render = await waitForRender(stack.client, created.id, 120_000);
		expect(render.error).toBeNull();
		expect(render.clips).toEqual([
			expect.objectContaining({
				platform: 'pexels',
				author: 'Jane Doe',
				sourceLink: 'https://www.pexels.com/video/red-101/',
				license: expect.stringContaining('Pexels License'),
			}),
		]);
		// Every request the import made went to the configured API and its files (through the outbound policy).
		expect(api.requests.some((request) => request.path === '/files/pexels-101-hd.mp4')).toBe(true);

		const fps = render.fps ?? 30;
		const frames = await decodeVideoFrames(path.join(stack.config.storageDir, 'renders', `${render.id}.mp4`), render.width ?? 0, render.height ?? 0);
		const redShare = (index: number) => {
			const frame = frames[index];
			if (!frame) return 0;
			let red = 0;
			for (let i = 0; i < frame.pixels.length; i += 3)
				if ((frame.pixels[i] ?? 0) > 200 && (frame.pixels[i + 1] ?? 0) < 60 && (frame.pixels[i + 2] ?? 0) < 60) red++;
			return red / (frame.width * frame.height);
		};
		const at = (ms: number) => Math.round((ms / 1000) * fps);
		expect(redShare(at(1000)), 'no B-roll before the emphasised word').toBeLessThan(0.05);
		expect(redShare(at(1500) + 3), 'the B-roll is on screen on the emphasised word').toBeGreaterThan(0.5);
		expect(redShare(at(1500 + 1200) + 3), 'and gone after its 1.2 s').toBeLessThan(0.05);

		const publication = await stack.client.publications.create.mutate({ renderId: render.id, target: { kind: 'webhook', url: `${api.url}/hook` } });
		expect(publication.credits).toEqual([
			expect.objectContaining({ platform: 'pexels', author: 'Jane Doe', sourceLink: 'https://www.pexels.com/video/red-101/' }),
		]);
	});

	it('imports a picked result by id, and refuses a stock file on a private network (the outbound policy), with the reason', async () => {
		const imported = await stack.client.stock.import.mutate({ provider: 'pixabay', id: '203' });
		expect(imported.clip).toMatchObject({
			platform: 'pixabay',
			author: 'pixa_user',
			sourceLink: 'https://pixabay.com/videos/red-203/',
			license: expect.stringContaining('Pixabay'),
		});
		expect(api.requests.filter((request) => request.path === '/api/videos/').at(-1)?.query).toMatchObject({ id: '203', key: PIXABAY_KEY });
		const blocked = await errorOf(stack.client.stock.import.mutate({ provider: 'pexels', id: '666' }));
		expect(blocked.code).toBe('BAD_GATEWAY');
		expect(blocked.message).toMatch(/^pexels 666 could not be imported: .*10\.20\.30\.40/);
	});
});
