import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProps } from '../../compositions/templates.js';
import { probeMedia } from '../../core/media/probe-media.js';
import type { ClipProxyRecord } from '../../core/renders/record-clip-proxies.js';
import { probeSourceVideo } from '../../workers/render/media/probe-source-video.js';
import { readGrayFrames } from '../../workers/render/media/reframe/read-gray-frames.js';
import type { RenderContext } from '../../workers/render/render-context.js';
import { runRender } from '../../workers/render/run-render.js';
import { makeMovingSubjectClip } from '../support/make-moving-subject-clip.js';
import { startRenderContext } from '../support/start-render-context.js';
import { makeTempDir } from '../support/temp-dir.js';

let pipeline: Awaited<ReturnType<typeof startRenderContext>>;
let dir: string;
const SCALE = 0.25;
const FRAME = { width: 270, height: 480 };

beforeAll(async () => {
	pipeline = await startRenderContext();
	dir = makeTempDir('clip-proxies');
	// A landscape 640x360 clip, twice the pixels of what a 270x480 frame shows of it: auto proxies it.
	const clip = path.join(dir, 'landscape.mp4');
	await makeMovingSubjectClip(
		// Coarse checker squares: a sub-pixel difference in where Chromium places the picture is not what this test is about.
		{
			width: 640,
			height: 360,
			fps: 30,
			subjectSize: 0.25,
			checker: 24,
			shots: [{ untilSeconds: 2, seed: 7, subjectAt: (t) => ({ x: 0.3 + 0.2 * t, y: 0.5 }) }],
		},
		clip,
	);
	// Damaged: the index (moov, first) is intact, so ffprobe passes it, but the frames of the shown second are noise.
	const bytes = fs.readFileSync(clip);
	const damaged = Buffer.from(bytes);
	for (let index = Math.floor(bytes.length * 0.1); index < Math.floor(bytes.length * 0.6); index++) damaged[index] = (index * 7919) & 0xff;
	fs.writeFileSync(path.join(dir, 'damaged.mp4'), damaged);
	// Local storage moves the file in.
	await pipeline.ctx.storage.putFile('clips/landscape.mp4', clip);
	await pipeline.ctx.storage.putFile('clips/damaged.mp4', path.join(dir, 'damaged.mp4'));
}, 120_000);
afterAll(async () => {
	await pipeline?.close();
});

const render = async (src: string, ctx: RenderContext = pipeline.ctx) => {
	const id = randomUUID();
	const props = { ...sampleProps['captioned-clip'], format: '9:16', durationInSeconds: 1, background: { src, muted: true } };
	await pipeline.db.render.create({ data: { workspaceId: 'default', id, template: 'captioned-clip', props } });
	const run = runRender(
		{ renderId: id, template: 'captioned-clip', props, output: { scale: SCALE, chunks: 1 }, narration: null, backend: 'local' },
		{ signal: new AbortController().signal, attempt: 1, isFinalAttempt: true, onProgress: () => {} },
		ctx,
	);
	const result = await run.catch((error: unknown) => error);
	const row = await pipeline.db.render.findUniqueOrThrow({ where: { id } });
	return { id, result, row, proxies: (row.clipProxies ?? []) as ClipProxyRecord[] };
};

const framesOf = async (outputKey: string) => {
	const copy = await pipeline.ctx.storage.openLocal(outputKey);
	try {
		return (await readGrayFrames(copy.path, { ...FRAME, fps: 30 }, { width: FRAME.width, fps: 10 })).frames;
	} finally {
		copy.release();
	}
};

const meanAbsDifference = (a: Uint8Array, b: Uint8Array) => a.reduce((sum, value, index) => sum + Math.abs(value - (b[index] as number)), 0) / a.length;

describe('clip proxies', () => {
	it('makes a proxy once for two renders of the same clip, and the frames match the render from the source', async () => {
		const first = await render('storage:clips/landscape.mp4');
		const second = await render('storage:clips/landscape.mp4');
		const original = await render('storage:clips/landscape.mp4', { ...pipeline.ctx, clipProxies: 'off' });
		for (const each of [first, second, original]) expect({ status: each.row.status, error: each.row.error }).toEqual({ status: 'done', error: null });

		expect(first.proxies).toEqual([
			expect.objectContaining({ prop: 'background', src: 'storage:clips/landscape.mp4', proxy: true, width: 202, height: 360, fps: 30, reused: false }),
		]);
		expect(first.proxies[0]?.why).toContain('fewer pixels (640x360 to 202x360)');
		expect(second.proxies).toEqual([expect.objectContaining({ proxy: true, reused: true, cacheId: first.proxies[0]?.cacheId })]);
		expect(original.proxies).toEqual([expect.objectContaining({ proxy: false, why: 'CLIP_PROXIES=off' })]);

		// One proxy file in the media cache, as the ffprobe of it says it was made: the crop, with dense keyframes.
		const cached = (await fs.promises.readdir(pipeline.config.storage.cache.dir)).filter((name) => name.startsWith('proxy-') && !name.includes('.partial-'));
		expect(cached).toEqual([`${first.proxies[0]?.cacheId}.mp4`]);
		const proxy = await probeSourceVideo(path.join(pipeline.config.storage.cache.dir, cached[0] as string));
		expect(proxy).toMatchObject({ codec: 'h264', width: 202, height: 360, bFrames: false });
		expect(proxy.maxKeyframeGapSeconds).toBeLessThanOrEqual(0.51);

		// What the viewer sees: the same frames, within encoder noise (grey levels 0..255, mean absolute difference; a crop
		// one pixel off measured 7, a frame off more).
		const fromProxy = await framesOf(first.row.outputKey as string);
		const fromSource = await framesOf(original.row.outputKey as string);
		expect(fromProxy.length).toBe(fromSource.length);
		const differences = fromProxy.map((frame, index) => meanAbsDifference(frame, fromSource[index] as Uint8Array));
		expect(Math.max(...differences)).toBeLessThan(3);
		// And not trivially: a frame from a different moment differs far more (the subject moves).
		expect(meanAbsDifference(fromProxy[0] as Uint8Array, fromSource[9] as Uint8Array)).toBeGreaterThan(3 * Math.max(...differences));
		const output = await pipeline.ctx.storage.openLocal(first.row.outputKey as string);
		expect((await probeMedia(output.path)).video).toMatchObject({ width: FRAME.width, height: FRAME.height });
		output.release();
	}, 240_000);

	it('fails the render of a damaged source with one line naming the clip and why', async () => {
		const damaged = await render('storage:clips/damaged.mp4');
		expect(damaged.row.status).toBe('failed');
		expect(damaged.row.error).toBe('Media "storage:clips/damaged.mp4" could not be loaded: its video could not be decoded (the file is damaged or cut short)');
		// Nothing half-made is left in the cache for the next render to pick up.
		const left = (await fs.promises.readdir(pipeline.config.storage.cache.dir)).filter((name) => name.includes('.partial-'));
		expect(left).toEqual([]);
	}, 120_000);

	it('fails the render of a file that is not media with one line, before any proxy is tried', async () => {
		fs.writeFileSync(path.join(dir, 'page.mp4'), '<!doctype html><html><body>Not found</body></html>');
		await pipeline.ctx.storage.putFile('clips/page.mp4', path.join(dir, 'page.mp4'));
		const page = await render('storage:clips/page.mp4');
		expect(page.row.status).toBe('failed');
		expect(page.row.error).toBe('Media "storage:clips/page.mp4" could not be loaded: it is not a video, image or audio file (it looks like an HTML page)');
	}, 60_000);
});
