import path from 'node:path';
import { renderFrames, selectComposition } from '@remotion/renderer';
import { sampleProps } from '../compositions/sample-props.js';
import type { TemplateId } from '../compositions/template-registry.js';
import { mediaOptionsOf, prepareMedia } from '../workers/prepare-media.js';
import { renderVideo } from '../workers/render-video.js';
import { openBenchRenderContext } from './bench-render-context.js';
import type { Benchmark } from './benchmark.js';

const SECONDS = 5;
const ROUNDS = 2;
const TEMPLATES: TemplateId[] = ['clip-story', 'quote-card', 'captioned-clip'];
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * How close a full render (capture + encode + audio + mux) gets to the capture-only bound of the same composition:
 * the frames screenshotted by the same browser at the same concurrency, with no encoding. Target: at least 0.85.
 * Each side runs ROUNDS times, interleaved, and keeps its fastest run (the machine is shared and noisy).
 */
export const captureBoundBenchmark: Benchmark = {
	name: 'capture-bound',
	run: async ({ workDir }) => {
		const bench = await openBenchRenderContext(workDir);
		const { ctx, serveUrl } = bench;
		const results: Record<string, { frames: number; captureFps: number; renderFps: number; ratio: number }> = {};
		try {
			for (const template of TEMPLATES) {
				const props = { ...sampleProps[template], format: '9:16', durationInSeconds: SECONDS };
				const media = await prepareMedia(props, ctx.assets, mediaOptionsOf(ctx));
				const browser = await ctx.browser.get();
				const shared = {
					serveUrl,
					inputProps: media.props,
					puppeteerInstance: browser,
					browserExecutable: ctx.resolvedBrowser.executable,
					chromeMode: ctx.resolvedBrowser.chromeMode,
					logLevel: 'error' as const,
				};
				const composition = await selectComposition({ ...shared, id: template });
				let captureSeconds = Number.POSITIVE_INFINITY;
				let renderSeconds = Number.POSITIVE_INFINITY;
				for (let round = 0; round < ROUNDS; round++) {
					let started = Date.now();
					await renderFrames({
						...shared,
						composition,
						outputDir: null,
						imageFormat: 'jpeg',
						concurrency: ctx.renderConcurrency,
						onStart: () => {},
						onFrameUpdate: () => {},
						onFrameBuffer: () => {},
					});
					captureSeconds = Math.min(captureSeconds, (Date.now() - started) / 1000);
					started = Date.now();
					await renderVideo({
						serveUrl,
						compositionId: template,
						inputProps: media.props,
						outputPath: path.join(workDir, `${template}-${round}.mp4`),
						output: { scale: 1, chunks: 1 },
						browser,
						resolvedBrowser: ctx.resolvedBrowser,
						concurrency: ctx.renderConcurrency,
						gpu: ctx.gpu,
						x264Preset: ctx.x264Preset,
						signal: new AbortController().signal,
						onProgress: () => {},
					});
					renderSeconds = Math.min(renderSeconds, (Date.now() - started) / 1000);
				}
				media.release();
				const frames = composition.durationInFrames;
				results[template] = {
					frames,
					captureFps: round2(frames / captureSeconds),
					renderFps: round2(frames / renderSeconds),
					ratio: round2(captureSeconds / renderSeconds),
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
			minRatio: Math.min(...ratios),
			target: 0.85,
			templates: results,
		};
	},
};
