import fs from 'node:fs';
import path from 'node:path';
import { renderFrames, selectComposition, type X264Preset } from '@remotion/renderer';
import { sampleProps, type TemplateId } from '../compositions/templates.js';
import { mediaOptionsOf, prepareMedia } from '../workers/render/media/prepare-media.js';
import { renderVideo } from '../workers/render/render-video.js';
import { withRenderLease } from '../workers/render/sandbox/with-render-lease.js';
import { openBenchRenderContext } from './bench-render-context.js';
import type { Benchmark } from './benchmark.js';

const SECONDS = 5;
const ROUNDS = 2;
const TEMPLATES: TemplateId[] = ['clip-story', 'quote-card', 'captioned-clip'];
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * How close a full render (capture + encode + audio + mux) gets to the capture-only bound of the same composition:
 * the frames screenshotted by the same browser at the same concurrency, with no encoding. Target: at least 0.85.
 * Also renders with Remotion's own defaults (half the cores, x264 medium) as the baseline Reelforge's settings are
 * measured against. Each side runs ROUNDS times, interleaved, and keeps its fastest run (the machine is shared and noisy).
 */
export const captureBoundBenchmark: Benchmark = {
	name: 'capture-bound',
	run: async ({ workDir }) => {
		const bench = await openBenchRenderContext(workDir);
		const { ctx, serveUrl } = bench;
		const results: Record<
			string,
			{ frames: number; captureFps: number; renderFps: number; ratio: number; remotionDefaultsFps: number; speedupOverDefaults: number; sizeRatio: number }
		> = {};
		try {
			for (const template of TEMPLATES) {
				const props = { ...sampleProps[template], format: '9:16', durationInSeconds: SECONDS };
				const media = await prepareMedia(props, ctx.assets, mediaOptionsOf(ctx));
				const browser = await ctx.browser.get();
				// Pages load through the render sandbox, as in a worker: each step gets its port from the egress guard.
				const sandboxed = <T>(work: (port: number) => Promise<T>) => withRenderLease(ctx.sandbox, new AbortController().signal, ({ port }) => work(port));
				const shared = {
					serveUrl,
					inputProps: media.props,
					puppeteerInstance: browser,
					browserExecutable: ctx.resolvedBrowser.executable,
					chromeMode: ctx.resolvedBrowser.chromeMode,
					logLevel: 'error' as const,
				};
				const composition = await sandboxed((port) => selectComposition({ ...shared, port, id: template }));
				let captureSeconds = Number.POSITIVE_INFINITY;
				let renderSeconds = Number.POSITIVE_INFINITY;
				let defaultsSeconds = Number.POSITIVE_INFINITY;
				const render = async (label: string, round: number, settings: { concurrency: number | null; x264Preset: X264Preset }) => {
					const started = Date.now();
					await renderVideo({
						serveUrl,
						compositionId: template,
						inputProps: media.props,
						outputPath: path.join(workDir, `${template}-${label}-${round}.mp4`),
						output: { scale: 1, chunks: 1 },
						browser,
						resolvedBrowser: ctx.resolvedBrowser,
						sandbox: ctx.sandbox,
						gpu: ctx.gpu,
						signal: new AbortController().signal,
						onProgress: () => {},
						...settings,
					});
					return (Date.now() - started) / 1000;
				};
				for (let round = 0; round < ROUNDS; round++) {
					const started = Date.now();
					await sandboxed((port) =>
						renderFrames({
							...shared,
							port,
							composition,
							outputDir: null,
							imageFormat: 'jpeg',
							concurrency: ctx.renderConcurrency,
							onStart: () => {},
							onFrameUpdate: () => {},
							onFrameBuffer: () => {},
						}),
					);
					captureSeconds = Math.min(captureSeconds, (Date.now() - started) / 1000);
					renderSeconds = Math.min(renderSeconds, await render('reelforge', round, { concurrency: ctx.renderConcurrency, x264Preset: ctx.x264Preset }));
					// The baseline: Remotion's own defaults (half the cores, x264 medium).
					defaultsSeconds = Math.min(defaultsSeconds, await render('defaults', round, { concurrency: null, x264Preset: 'medium' }));
				}
				media.release();
				const frames = composition.durationInFrames;
				const sizeOf = (label: string) => fs.statSync(path.join(workDir, `${template}-${label}-0.mp4`)).size;
				results[template] = {
					frames,
					captureFps: round2(frames / captureSeconds),
					renderFps: round2(frames / renderSeconds),
					ratio: round2(captureSeconds / renderSeconds),
					remotionDefaultsFps: round2(frames / defaultsSeconds),
					speedupOverDefaults: round2(defaultsSeconds / renderSeconds),
					// veryfast trades file size for speed: how much bigger the file is than with the defaults.
					sizeRatio: round2(sizeOf('reelforge') / sizeOf('defaults')),
				};
				console.log(template, results[template]);
			}
		} finally {
			await bench.close();
		}
		const ratios = Object.values(results).map((result) => result.ratio);
		return {
			size: '1080x1920',
			secondsPerVideo: SECONDS,
			encoder: ctx.gpu.usable ? 'h264_nvenc' : 'libx264',
			concurrency: ctx.renderConcurrency,
			x264Preset: ctx.x264Preset,
			minRatio: Math.min(...ratios),
			minSpeedupOverDefaults: Math.min(...Object.values(results).map((result) => result.speedupOverDefaults)),
			target: 0.85,
			templates: results,
		};
	},
};
