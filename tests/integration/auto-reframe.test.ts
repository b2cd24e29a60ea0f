import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focalPointAt } from '../../compositions/shared/focal-point-at.js';
import type { FocalKey } from '../../compositions/shared/media-schemas.js';
import { sampleProps } from '../../compositions/templates.js';
import type { ClipProxyRecord } from '../../core/renders/record-clip-proxies.js';
import { createMediaCache } from '../../core/storage/cache/create-media-cache.js';
import { proxyGeometryOf } from '../../workers/render/media/plan-clip-proxy.js';
import { probeSourceVideo } from '../../workers/render/media/probe-source-video.js';
import { focalPathOf } from '../../workers/render/media/reframe/focal-path-of.js';
import { readGrayFrames } from '../../workers/render/media/reframe/read-gray-frames.js';
import { subjectTrackOf } from '../../workers/render/media/reframe/subject-track-of.js';
import type { RenderContext } from '../../workers/render/render-context.js';
import { runRender } from '../../workers/render/run-render.js';
import { type MovingSubjectClip, makeMovingSubjectClip, subjectAt } from '../support/make-moving-subject-clip.js';
import { startRenderContext } from '../support/start-render-context.js';
import { makeTempDir } from '../support/temp-dir.js';

// A landscape clip with a subject that crosses the frame, then a cut to another shot with the subject far right.
const CUT_SECONDS = 2;
const CLIP: MovingSubjectClip = {
	width: 640,
	height: 360,
	fps: 30,
	subjectSize: 0.25,
	shots: [
		{ untilSeconds: CUT_SECONDS, seed: 3, subjectAt: (t) => ({ x: 0.2 + 0.2 * t, y: 0.5 }) },
		{ untilSeconds: 4, seed: 9, subjectAt: (t) => ({ x: 0.85 - 0.05 * (t - CUT_SECONDS), y: 0.4 }) },
	],
};
const FRAME = { width: 1080, height: 1920 };
// The stated distance: the crop's centre within 5 % of the source's width (32 of 640 px) of the subject's centre on every
// frame. The 9:16 crop is 32 % of a 16:9 source wide and the subject 14 %, so all of the subject stays inside the crop.
const MAX_DISTANCE = 0.05;

let dir: string;
let clipFile: string;
let pipeline: Awaited<ReturnType<typeof startRenderContext>>;
beforeAll(async () => {
	dir = makeTempDir('reframe');
	clipFile = path.join(dir, 'moving.mp4');
	await makeMovingSubjectClip(CLIP, clipFile);
	pipeline = await startRenderContext();
	await pipeline.ctx.storage.putFile('clips/moving.mp4', clipFile);
	clipFile = (await pipeline.ctx.storage.openLocal('clips/moving.mp4')).path;
}, 120_000);
afterAll(async () => {
	await pipeline?.close();
});

const cropCentreAt = (path: FocalKey[], seconds: number, cropFraction: number) =>
	focalPointAt({ focalPoint: 'auto', focalPath: path }, seconds).x * (1 - cropFraction) + cropFraction / 2;

describe('auto reframe', () => {
	it('keeps the crop centre within 5 % of the source width of a moving subject on every frame, and jumps at the cut', async () => {
		const source = await probeSourceVideo(clipFile);
		const cache = createMediaCache({ dir: path.join(dir, 'cache'), maxBytes: 1e9 });
		const track = await subjectTrackOf(clipFile, 'test-clip', source, { mediaCache: cache });
		cache.close();
		const path_ = focalPathOf(track, source, FRAME);
		const cropFraction = proxyGeometryOf(source, FRAME).crop.width / source.width;
		expect(cropFraction).toBeCloseTo(0.316, 2);

		const distances: number[] = [];
		for (let frame = 0; frame < 4 * CLIP.fps; frame++) {
			const seconds = frame / CLIP.fps;
			const subject = subjectAt(CLIP, seconds).x;
			// Where the subject is nearer the edge than half a crop, the crop stops at the edge: the nearest it can be.
			const reachable = Math.min(1 - cropFraction / 2, Math.max(cropFraction / 2, subject));
			distances.push(Math.abs(cropCentreAt(path_, seconds, cropFraction) - reachable));
		}
		expect(Math.max(...distances)).toBeLessThan(MAX_DISTANCE);

		// A cut at 2 s: one key says so, and the crop jumps there (a frame apart) instead of panning across.
		expect(path_.filter((key) => key.cut).map((key) => key.atSeconds)).toEqual([CUT_SECONDS]);
		const before = cropCentreAt(path_, CUT_SECONDS - 1 / CLIP.fps, cropFraction);
		const after = cropCentreAt(path_, CUT_SECONDS, cropFraction);
		// The subject jumps from 0.6 to 0.85 of the width (the crop can reach 0.84): most of that within one frame.
		expect(after - before).toBeGreaterThan(0.8 * (1 - cropFraction / 2 - 0.6));
		const panBefore = Math.abs(before - cropCentreAt(path_, CUT_SECONDS - 0.3, cropFraction));
		expect(panBefore).toBeLessThan(0.1);
	}, 60_000);

	// The whole chain: the worker computes the path, and the proxy's crop (or the composition, from the source) follows it.
	const renderAuto = async (ctx: RenderContext) => {
		const id = randomUUID();
		const props = {
			...sampleProps['captioned-clip'],
			format: '9:16',
			durationInSeconds: 4,
			captions: { words: [] },
			background: { src: 'storage:clips/moving.mp4', muted: true, focalPoint: 'auto' },
		};
		await pipeline.db.render.create({ data: { workspaceId: 'default', id, template: 'captioned-clip', props } });
		await runRender(
			{ renderId: id, template: 'captioned-clip', props, output: { scale: 0.25, chunks: 1 }, narration: null, backend: 'local' },
			{ signal: new AbortController().signal, attempt: 1, isFinalAttempt: true, onProgress: () => {} },
			ctx,
		);
		const row = await pipeline.db.render.findUniqueOrThrow({ where: { id } });
		const copy = await pipeline.ctx.storage.openLocal(row.outputKey as string);
		const { frames } = await readGrayFrames(copy.path, { width: 270, height: 480, fps: 30 }, { width: 270, fps: 10 });
		copy.release();
		return { frames, proxies: row.clipProxies as ClipProxyRecord[] };
	};

	/** Where the checker subject is across a band of the output frame (its black and white squares), 0..1 of the width. */
	const subjectXIn = (frame: Uint8Array) => {
		let sum = 0;
		let count = 0;
		for (let y = 195; y < 235; y++)
			for (let x = 0; x < 270; x++) {
				const value = frame[y * 270 + x] as number;
				if (value > 232 || value < 22) {
					sum += x;
					count += 1;
				}
			}
		return count > 0 ? sum / count / 270 : Number.NaN;
	};

	it.each([
		['from a proxy cropped along the path', 'auto' as const, true],
		['from the source, the composition moving its crop', 'off' as const, false],
	])(
		'shows the subject near the middle of the 9:16 frame %s',
		async (_label, clipProxies, proxied) => {
			const { frames, proxies } = await renderAuto({ ...pipeline.ctx, clipProxies });
			expect(proxies).toEqual([expect.objectContaining({ prop: 'background', proxy: proxied, reframed: true })]);
			expect(frames.length).toBeGreaterThanOrEqual(39);
			// Half the crop is 0.5 of the output's width; the subject's centre stays within 0.2 of the middle (32 % of the
			// crop: the 5 % of the source above, plus the subject clipped at the edge in the second shot).
			const offsets = frames.map((frame) => Math.abs(subjectXIn(frame) - 0.5));
			expect(Math.max(...offsets)).toBeLessThan(0.2);
		},
		120_000,
	);
});
