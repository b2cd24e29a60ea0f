import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sampleProps, type TemplateId } from '../compositions/templates.js';
import { resolveBrowser } from '../core/browser/resolve-browser.js';
import { projectRoot } from '../core/db/project-root.js';
import { createLogger } from '../core/log/create-logger.js';
import { collectMediaSources, replaceMediaSources } from '../core/media/collect-media-sources.js';
import { serveRenderAssets } from '../workers/render/media/serve-render-assets.js';
import { startRenderWorker } from '../workers/render/start-render-worker.js';
import type { Benchmark } from './benchmark.js';
import { startBenchStack, waitForRenders } from './start-bench-stack.js';

const SECONDS = 2;
const SCALE = 0.5;
const BATCH: TemplateId[] = ['quote-card', 'captioned-clip', 'clip-story', 'quote-card', 'captioned-clip', 'clip-story'];

const runCli = (args: string[]) =>
	new Promise<void>((resolve, reject) => {
		const child = spawn(path.join(projectRoot, 'node_modules/.bin/remotion'), args, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`remotion render exited with ${code}: ${stderr.slice(-2000)}`))));
	});

/**
 * Six short renders (three templates, 2 s at 540x960) through Reelforge's queue and worker, against the same six with
 * `npx remotion render` one after another. Both start cold: the worker's start, bundle and browser are in its time,
 * as each CLI run's are in its. Media is served over loopback HTTP to both. The CLI runs twice: with the worker's
 * concurrency and x264 preset (`speedup`), and with Remotion's defaults. Target: the worker at least 1.5x faster.
 */
export const batchVsCliBenchmark: Benchmark = {
	name: 'batch-vs-cli',
	run: async ({ workDir }) => {
		const stack = await startBenchStack(workDir);
		const assets = await serveRenderAssets();
		const browser = resolveBrowser(stack.config.browserExecutable);
		try {
			// The same props for both: every storage: key served over loopback HTTP.
			const propsOf = (template: TemplateId) => {
				const props = { ...sampleProps[template], format: '9:16', durationInSeconds: SECONDS };
				const sources = [...collectMediaSources(props)].filter((src) => src.startsWith('storage:'));
				const urls = new Map(sources.map((src) => [src, assets.expose(path.join(stack.config.storageDir, src.slice('storage:'.length))).url]));
				return replaceMediaSources(props, urls) as Record<string, unknown>;
			};

			// Each CLI run bundles (webpack, cached after the first), starts a browser and renders, as a user's script would.
			const timeCli = async (label: string, settings: string[]) => {
				const started = Date.now();
				for (const [index, template] of BATCH.entries()) {
					const propsFile = path.join(workDir, `props-${index}.json`);
					fs.writeFileSync(propsFile, JSON.stringify(propsOf(template)));
					await runCli([
						'render',
						'compositions/index.ts',
						template,
						path.join(workDir, `cli-${label}-${index}.mp4`),
						`--props=${propsFile}`,
						`--scale=${SCALE}`,
						...settings,
						'--log=error',
						...(browser.executable ? [`--browser-executable=${browser.executable}`] : []),
						`--chrome-mode=${browser.chromeMode}`,
					]);
				}
				return (Date.now() - started) / 1000;
			};
			// The CLI with the worker's own settings, so the ratio is what the worker saves (bundle, browser, queue), not tuning;
			// and with Remotion's defaults (half the cores, x264 medium), as people run it.
			const cliSeconds = await timeCli('same-settings', [`--concurrency=${stack.config.renderConcurrency}`, `--x264-preset=${stack.config.x264Preset}`]);
			const cliDefaultsSeconds = await timeCli('defaults', []);

			let stageMs: Record<string, number> = {};
			const workerStarted = Date.now();
			const worker = await startRenderWorker({
				config: stack.config,
				db: stack.db,
				redisUrl: stack.env.REDIS_URL ?? '',
				logger: createLogger('error', 'bench'),
			});
			try {
				const created = await Promise.all(
					BATCH.map((template) => stack.client.renders.create.mutate({ template, props: propsOf(template), output: { scale: SCALE } })),
				);
				const done = await waitForRenders(
					stack.client,
					created.map((render) => render.id),
				);
				// Where the worker's time goes, per render on average.
				const timings = done.map((render) => (render.stageTimings ?? {}) as Record<string, number>);
				stageMs = Object.fromEntries(
					Object.keys(timings[0] ?? {}).map((stage) => [stage, Math.round(timings.reduce((sum, each) => sum + (each[stage] ?? 0), 0) / timings.length)]),
				);
			} finally {
				await worker.close();
			}
			const workerSeconds = (Date.now() - workerStarted) / 1000;
			const round1 = (value: number) => Math.round(value * 10) / 10;
			return {
				renders: BATCH.length,
				secondsPerVideo: SECONDS,
				size: '540x960',
				cliSeconds: round1(cliSeconds),
				cliDefaultsSeconds: round1(cliDefaultsSeconds),
				workerSeconds: round1(workerSeconds),
				speedup: Math.round((cliSeconds / workerSeconds) * 100) / 100,
				speedupOverCliDefaults: Math.round((cliDefaultsSeconds / workerSeconds) * 100) / 100,
				workerMeanStageMs: stageMs,
				target: 1.5,
			};
		} finally {
			await assets.close();
			await stack.stop();
		}
	},
};
