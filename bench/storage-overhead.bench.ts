import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StageTimings } from '../core/contracts/render-job.js';
import { type S3Server, startS3Server } from '../tests/support/start-s3-server.js';
import { runRender } from '../workers/render/run-render.js';
import { openBenchRenderContext } from './bench-render-context.js';
import type { Benchmark } from './benchmark.js';
import { makeLandscapeSource } from './make-landscape-source.js';

const SOURCE_SECONDS = 30;
/** Output at half of 1080x1920: the storage path (download, upload) is what differs between the two, not the frames. */
const SCALE = 0.5;
const CLIP_KEY = 'clips/landscape-1080p.mp4';

type Run = { mode: string; seconds: number; timings: StageTimings; outputBytes: number };

/** One render of the source by captioned-clip through the whole pipeline (media from storage, output into it). */
const renderOnce = async (
	bench: Awaited<ReturnType<typeof openBenchRenderContext>>,
	mode: string,
	seconds: number,
	scale: number,
	clipKey = CLIP_KEY,
): Promise<Run> => {
	const id = randomUUID();
	const props = { format: '9:16', fps: 30, durationInSeconds: seconds, background: { src: `storage:${clipKey}`, muted: false }, punchOnEmphasis: false };
	await bench.db.render.create({ data: { workspaceId: 'default', id, template: 'captioned-clip', props } });
	const started = Date.now();
	const result = await runRender(
		{ renderId: id, template: 'captioned-clip', props, output: { scale, chunks: 1 }, narration: null, backend: 'local' },
		{ signal: new AbortController().signal, attempt: 1, isFinalAttempt: true, onProgress: () => {} },
		bench.ctx,
	);
	return { mode, seconds: (Date.now() - started) / 1000, timings: result.timings, outputBytes: result.sizeBytes };
};

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * What keeping files in a bucket costs a render: a 30 s render from a 1080p landscape source, with storage a local
 * directory and an S3-protocol server on loopback (s3rver), run in the order local, S3, S3, local so drift on this
 * shared machine falls on both. The first S3 render downloads the clip (cold media cache), the second finds it cached.
 * Then the media cache over a batch: 8 short renders reusing 2 clips on one machine, counted at the bucket.
 */
export const storageOverheadBenchmark: Benchmark = {
	name: 'storage-overhead',
	run: async ({ workDir }) => {
		const source = path.join(workDir, 'landscape-1080p.mp4');
		// A landscape 1080p30 H.264 + AAC source at a phone-like 8 Mb/s (the real-footage benchmark's kind of clip).
		await makeLandscapeSource({ width: 1920, height: 1080, bitrate: '8M', seconds: SOURCE_SECONDS }, source);
		const sourceBytes = fs.statSync(source).size;
		const s3: S3Server = await startS3Server();
		const local = await openBenchRenderContext(path.join(workDir, 'local'));
		const bucket = await openBenchRenderContext(path.join(workDir, 's3'), s3.env());
		try {
			for (const bench of [local, bucket]) {
				const copy = path.join(workDir, `upload-${randomUUID()}.mp4`);
				fs.copyFileSync(source, copy);
				await bench.ctx.rootStorage.putFile(CLIP_KEY, copy);
			}
			const runs: Run[] = [];
			for (const [mode, bench] of [
				['local', local],
				['s3-cold', bucket],
				['s3-warm', bucket],
				['local', local],
			] as const) {
				runs.push(await renderOnce(bench, mode, SOURCE_SECONDS, SCALE));
				console.log(runs.at(-1));
			}
			const mean = (mode: string) => {
				const of = runs.filter((entry) => entry.mode === mode);
				return of.reduce((sum, entry) => sum + entry.seconds, 0) / of.length;
			};
			const localSeconds = mean('local');

			// The batch: two clips, each used by four renders; downloads are GETs of the clip keys that reached the bucket.
			const second = path.join(workDir, 'second.mp4');
			await makeLandscapeSource({ width: 1920, height: 1080, bitrate: '8M', seconds: 4 }, second);
			await bucket.ctx.rootStorage.putFile('clips/landscape-second.mp4', second);
			const before = await bucket.ctx.mediaCache.stats();
			const firstGets = s3.requests.length;
			for (let row = 0; row < 8; row += 1) {
				await renderOnce(bucket, 'batch', 2, 0.25, row % 2 === 0 ? 'clips/landscape-second.mp4' : CLIP_KEY);
			}
			const after = await bucket.ctx.mediaCache.stats();
			const clipDownloads = s3.requests.slice(firstGets).filter((request) => request.method === 'GET' && /\/clips\/landscape-/.test(request.path)).length;
			const opens = after.hits - before.hits + (after.misses - before.misses);
			return {
				source: { width: 1920, height: 1080, fps: 30, seconds: SOURCE_SECONDS, megabits: round((sourceBytes * 8) / SOURCE_SECONDS / 1e6, 2) },
				output: { width: 1080 * SCALE, height: 1920 * SCALE, seconds: SOURCE_SECONDS },
				runs,
				localSeconds: round(localSeconds, 1),
				s3ColdSeconds: round(mean('s3-cold'), 1),
				s3WarmSeconds: round(mean('s3-warm'), 1),
				s3ColdVsLocal: round(mean('s3-cold') / localSeconds),
				s3WarmVsLocal: round(mean('s3-warm') / localSeconds),
				batchRenders: 8,
				batchClips: 2,
				batchCacheOpens: opens,
				batchClipDownloads: clipDownloads,
				batchCacheHitRate: round(opens > 0 ? (after.hits - before.hits) / opens : 0),
			};
		} finally {
			await bucket.close();
			await local.close();
			await s3.close();
		}
	},
};
