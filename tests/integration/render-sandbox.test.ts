import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../core/browser/resolve-browser.js';
import { createBrowserSession } from '../../workers/render/browser-session.js';
import type { RenderContext } from '../../workers/render/render-context.js';
import { renderSettingsOf } from '../../workers/render/render-settings-of.js';
import { renderVideo } from '../../workers/render/render-video.js';
import { RenderBlockedError } from '../../workers/render/sandbox/render-blocked-error.js';
import { bundleLeakyComposition } from '../support/bundle-leaky-composition.js';
import { startRenderContext } from '../support/start-render-context.js';
import { makeTempDir } from '../support/temp-dir.js';

// A loopback-only "internal service": the sandbox is judged by what reached it, not by how the render ended.
let internal: http.Server;
let internalPort = 0;
let hits: string[] = [];
let render: Awaited<ReturnType<typeof startRenderContext>>;
let ctx: RenderContext;
let serveUrl: string;
const outDir = makeTempDir('sandbox-out');

beforeAll(async () => {
	internal = http.createServer((req, res) => {
		hits.push(req.url ?? '');
		res.writeHead(200, { 'content-type': 'image/png' }).end();
	});
	await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
	internalPort = (internal.address() as AddressInfo).port;
	render = await startRenderContext();
	ctx = render.ctx;
	serveUrl = await bundleLeakyComposition();
});
afterAll(async () => {
	await render?.close();
	await new Promise((resolve) => internal?.close(resolve));
});
beforeEach(() => {
	hits = [];
});

const renderLeak = async (inputProps: Record<string, string>, settings?: Partial<Awaited<ReturnType<typeof renderSettingsOf>>>) =>
	renderVideo({
		serveUrl,
		compositionId: 'leak',
		inputProps,
		outputPath: path.join(outDir, `leak-${Date.now()}.mp4`),
		output: { scale: 1, chunks: 1 },
		...(await renderSettingsOf(ctx)),
		...settings,
		signal: new AbortController().signal,
		onProgress: () => {},
	});

describe('the render sandbox', () => {
	it('lets a page load its own bundle and render', async () => {
		const video = await renderLeak({});
		expect(video.durationInFrames).toBe(3);
		expect(hits).toEqual([]);
	});

	it.each([
		['a CSS url()', 'cssUrl', '/from-css.png'],
		['fetch()', 'fetchUrl', '/from-fetch'],
		['an <img>', 'imageUrl', '/from-img.png'],
		["OffthreadVideo (Remotion's own server would fetch it)", 'videoSrc', '/from-video.mp4'],
	])('stops %s aimed at a loopback service before it reaches it, and fails the render naming the URL', async (_case, prop, pathname) => {
		const url = `http://127.0.0.1:${internalPort}${pathname}`;
		const error = await renderLeak({ [prop]: url }).then(
			() => null,
			(failure: unknown) => failure,
		);
		expect(error).toBeInstanceOf(RenderBlockedError);
		expect((error as RenderBlockedError).message).toContain(pathname);
		expect(hits).toEqual([]);
	});

	it('is what stops them: the same page in a browser without the sandbox reaches the service', async () => {
		const raw = createBrowserSession(resolveBrowser(render.config.browserExecutable));
		try {
			await renderLeak(
				{ cssUrl: `http://127.0.0.1:${internalPort}/from-css.png` },
				{ browser: await raw.get(), resolvedBrowser: resolveBrowser(render.config.browserExecutable) },
			);
			expect(hits).toContain('/from-css.png');
		} finally {
			await raw.close();
		}
	});
});
