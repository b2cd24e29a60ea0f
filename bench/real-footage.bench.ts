import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderFrames, selectComposition } from '@remotion/renderer';
import { captionedClip } from '../compositions/captioned-clip/definition.js';
import { sampleProps } from '../compositions/templates.js';
import { resolveBrowser } from '../core/browser/resolve-browser.js';
import { projectRoot } from '../core/db/project-root.js';
import { framingOf } from '../workers/render/media/framing-of.js';
import type { ClipProxyMode } from '../workers/render/media/plan-clip-proxy.js';
import { mediaOptionsOf, prepareMedia } from '../workers/render/media/prepare-media.js';
import { renderVideo } from '../workers/render/render-video.js';
import { withRenderLease } from '../workers/render/sandbox/with-render-lease.js';
import { openBenchRenderContext } from './bench-render-context.js';
import type { Benchmark } from './benchmark.js';
import { type LandscapeSource, makeLandscapeSource } from './make-landscape-source.js';
import { samplePeakPss } from './sample-process-tree-pss.js';

const SOURCE_SECONDS = 12;
const VIDEO_SECONDS = 6;
const SOURCES: Record<string, LandscapeSource> = {
	'1080p': { width: 1920, height: 1080, bitrate: '8M', seconds: SOURCE_SECONDS },
	'4k': { width: 3840, height: 2160, bitrate: '35M', seconds: SOURCE_SECONDS },
};
// Made once per machine: the 4K source alone takes about two minutes to encode here.
const SOURCE_DIR = path.join(os.tmpdir(), 'reelforge-bench-sources');

const round2 = (value: number) => Math.round(value * 100) / 100;
const gib = (bytes: number) => round2(bytes / 2 ** 30);

const runCli = (args: string[]) =>
	new Promise<{ seconds: number; peakPssBytes: number }>((resolve, reject) => {
		const started = Date.now();
		const child = spawn(path.join(projectRoot, 'node_modules/.bin/remotion'), args, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] });
		const pss = samplePeakPss(child.pid);
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', reject);
		child.on('exit', (code) => {
			const peakPssBytes = pss.stop();
			if (code === 0) resolve({ seconds: (Date.now() - started) / 1000, peakPssBytes });
			else reject(new Error(`remotion render exited with ${code}: ${stderr.slice(-2000)}`));
		});
	});

/**
 * `captioned-clip` at 1080x1920, 180 frames, over a 12 s landscape H.264 source (1080p at 8 Mbit/s, 4K at 35 Mbit/s):
 * Reelforge from the source, Reelforge from a proxy (made in this run, its cost counted once, then reused), the
 * capture-only bound of each, and `npx remotion render` with Remotion's defaults over the same source (cold, as a
 * person runs it: its bundle and browser start are in its time). Peak PSS of each render's whole process tree.
 */
export const realFootageBenchmark: Benchmark = {
	name: 'real-footage',
	run: async ({ workDir }) => {
		fs.mkdirSync(SOURCE_DIR, { recursive: true });
		const bench = await openBenchRenderContext(workDir);
		const { ctx, serveUrl } = bench;
		// The CLI gets the plain browser, as a person runs it (the worker's goes through its render sandbox).
		const cliBrowser = resolveBrowser(bench.config.browserExecutable);
		const results: Record<string, unknown> = {};
		try {
			for (const [name, spec] of Object.entries(SOURCES)) {
				const file = path.join(SOURCE_DIR, `landscape-${name}-${spec.bitrate}.mp4`);
				const made = Date.now();
				await makeLandscapeSource(spec, file);
				const sourceMakeSeconds = (Date.now() - made) / 1000;
				const key = `bench/landscape-${name}.mp4`;
				const staged = path.join(workDir, `${name}.mp4`);
				fs.copyFileSync(file, staged);
				await ctx.storage.putFile(key, staged);
				// Parsed as the API parses a request, so both sides get the same, complete props.
				const props = captionedClip.schema.parse({
					...sampleProps['captioned-clip'],
					format: '9:16',
					durationInSeconds: VIDEO_SECONDS,
					background: { src: `storage:${key}` },
				}) as Record<string, unknown>;
				const output = { scale: 1, chunks: 1 };
				const framing = await framingOf('captioned-clip', props, output);
				const browser = await ctx.browser.get();
				const sandboxed = <T>(work: (port: number) => Promise<T>) => withRenderLease(ctx.sandbox, new AbortController().signal, ({ port }) => work(port));

				const prepare = async (proxies: ClipProxyMode) => {
					const started = Date.now();
					const media = await prepareMedia(props, ctx.assets, { ...mediaOptionsOf(ctx), proxies }, framing);
					return { media, seconds: (Date.now() - started) / 1000 };
				};
				const render = async (inputProps: Record<string, unknown>, label: string) => {
					const pss = samplePeakPss();
					const started = Date.now();
					const video = await renderVideo({
						serveUrl,
						compositionId: 'captioned-clip',
						inputProps,
						outputPath: path.join(workDir, `${name}-${label}.mp4`),
						output,
						browser,
						resolvedBrowser: ctx.resolvedBrowser,
						sandbox: ctx.sandbox,
						gpu: ctx.gpu,
						concurrency: ctx.renderConcurrency,
						x264Preset: ctx.x264Preset,
						signal: new AbortController().signal,
						onProgress: () => {},
					});
					return { frames: video.durationInFrames, seconds: (Date.now() - started) / 1000, peakPssBytes: pss.stop() };
				};
				const capture = async (inputProps: Record<string, unknown>) => {
					const shared = {
						serveUrl,
						inputProps,
						puppeteerInstance: browser,
						browserExecutable: ctx.resolvedBrowser.executable,
						chromeMode: ctx.resolvedBrowser.chromeMode,
						logLevel: 'error' as const,
					};
					const composition = await sandboxed((port) => selectComposition({ ...shared, port, id: 'captioned-clip' }));
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
					return (Date.now() - started) / 1000;
				};

				// From the source.
				const original = await prepare('off');
				const fromSource = await render(original.media.props, 'source');
				const sourceCaptureSeconds = await capture(original.media.props);
				console.log(name, 'from the source', { ...fromSource, captureSeconds: sourceCaptureSeconds });
				original.media.release();
				// From a proxy: the first prepare makes it (its one-time cost), the render after reuses it.
				const proxied = await prepare('always');
				const fromProxy = await render(proxied.media.props, 'proxy');
				const proxyCaptureSeconds = await capture(proxied.media.props);
				console.log(name, 'from a proxy', { makeSeconds: proxied.seconds, ...fromProxy, captureSeconds: proxyCaptureSeconds });
				proxied.media.release();
				const reused = await prepare('always');
				reused.media.release();
				const [record] = proxied.media.clipProxies;

				// Remotion's defaults, over the same source served over loopback HTTP.
				const local = await ctx.storage.openLocal(key);
				const served = ctx.assets.expose(local.path);
				const propsFile = path.join(workDir, `${name}-props.json`);
				fs.writeFileSync(propsFile, JSON.stringify({ ...props, background: { ...(props.background as object), src: served.url } }));
				const cli = await runCli([
					'render',
					'compositions/index.ts',
					'captioned-clip',
					path.join(workDir, `${name}-cli.mp4`),
					`--props=${propsFile}`,
					'--log=error',
					...(cliBrowser.executable ? [`--browser-executable=${cliBrowser.executable}`] : []),
					`--chrome-mode=${cliBrowser.chromeMode}`,
				]);
				served.release();
				local.release();

				const frames = fromSource.frames;
				const proxyMakeSeconds = proxied.seconds;
				const proxyRenderSeconds = fromProxy.seconds;
				const cliFps = frames / cli.seconds;
				results[name] = {
					source: `${spec.width}x${spec.height} H.264 ${spec.bitrate}bit/s, ${SOURCE_SECONDS} s, 2 s GOP, B-frames`,
					// 0 when an earlier run made it.
					sourceMakeSeconds: round2(sourceMakeSeconds),
					frames,
					remotionDefaultsFps: round2(cliFps),
					remotionDefaultsPeakPssGiB: gib(cli.peakPssBytes),
					withoutProxy: {
						fps: round2(frames / fromSource.seconds),
						speedupOverDefaults: round2(frames / fromSource.seconds / cliFps),
						captureFps: round2(frames / sourceCaptureSeconds),
						captureBoundRatio: round2(sourceCaptureSeconds / fromSource.seconds),
						peakPssGiB: gib(fromSource.peakPssBytes),
						prepareSeconds: round2(original.seconds),
					},
					withProxy: {
						proxy: record ? { width: record.width, height: record.height, fps: record.fps, why: record.why } : null,
						proxyMakeSeconds: round2(proxyMakeSeconds),
						reusedPrepareSeconds: round2(reused.seconds),
						// The first render pays for the proxy; every later render or batch row of the same clip does not.
						fpsCountingProxy: round2(frames / (proxyMakeSeconds + proxyRenderSeconds)),
						fpsReused: round2(frames / proxyRenderSeconds),
						speedupOverDefaultsCountingProxy: round2(frames / (proxyMakeSeconds + proxyRenderSeconds) / cliFps),
						speedupOverDefaultsReused: round2(frames / proxyRenderSeconds / cliFps),
						captureFps: round2(frames / proxyCaptureSeconds),
						captureBoundRatio: round2(proxyCaptureSeconds / proxyRenderSeconds),
						peakPssGiB: gib(fromProxy.peakPssBytes),
						// Renders of the same clip after which the proxy has paid for itself.
						breakEvenRenders: fromSource.seconds > proxyRenderSeconds ? round2(proxyMakeSeconds / (fromSource.seconds - proxyRenderSeconds)) : null,
					},
				};
				console.log(name, JSON.stringify(results[name], null, 2));
			}
		} finally {
			await bench.close();
		}
		return {
			template: 'captioned-clip',
			size: '1080x1920',
			secondsPerVideo: VIDEO_SECONDS,
			encoder: ctx.gpu.usable && ctx.gpu.nvenc?.usable ? 'h264_nvenc' : 'libx264',
			concurrency: ctx.renderConcurrency,
			x264Preset: ctx.x264Preset,
			note: 'Reelforge runs on a warm worker (bundle and browser up); the CLI is cold, as a person runs it. Peak PSS is of the bench process tree (its Chromium and compositor included) for Reelforge, of the CLI tree for Remotion.',
			sources: results,
		};
	},
};
