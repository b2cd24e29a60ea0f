// Usage: node --import tsx scripts/verify-gpu-path.ts [template]
// On a machine with an NVIDIA GPU: renders one template with NVENC and GPU rasterisation, then with x264, and prints
// the fps of each and the encoder the files show. Exits 1, naming the reason, where no usable GPU is found.
import fs from 'node:fs';
import path from 'node:path';
import { sampleProps, type TemplateId } from '../compositions/templates.js';
import { resolveBrowser } from '../core/browser/resolve-browser.js';
import { loadConfig } from '../core/config/load-config.js';
import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import { probeMedia } from '../core/media/probe-media.js';
import { createOutboundPolicy } from '../core/net/create-outbound-policy.js';
import { createMediaCache } from '../core/storage/cache/create-media-cache.js';
import { createLocalStorage } from '../core/storage/local/create-local-storage.js';
import { DEFAULT_WORKSPACE_ID } from '../core/workspaces/default-workspace.js';
import { scopeStorage } from '../core/workspaces/scope-storage.js';
import { createBrowserSession } from '../workers/render/browser-session.js';
import { bundleCompositions } from '../workers/render/bundle-compositions.js';
import { detectNvidiaGpu, type NvidiaGpu, systemGpuDeps } from '../workers/render/gpu/detect-nvidia-gpu.js';
import { gpuChromiumOptions } from '../workers/render/gpu/gpu-chromium-options.js';
import { mediaOptionsOf, prepareMedia } from '../workers/render/media/prepare-media.js';
import { serveRenderAssets } from '../workers/render/media/serve-render-assets.js';
import { renderVideo } from '../workers/render/render-video.js';
import { sandboxedBrowserOf } from '../workers/render/sandbox/sandboxed-browser-of.js';
import { startEgressGuard } from '../workers/render/sandbox/start-egress-guard.js';

const template = (process.argv[2] ?? 'quote-card') as TemplateId;
const config = loadConfig();
const gpu = await detectNvidiaGpu(systemGpuDeps({ REELFORGE_DISABLE_GPU: config.gpu.disabled ? '1' : undefined }));
if (!gpu.usable) {
	console.error(`verify-gpu-path: no usable NVIDIA GPU, nothing rendered: ${gpu.reason}`);
	process.exit(1);
}
console.log(`GPU: ${gpu.reason}`);
// Each part on its own: a datacenter card (A100, H100, H200) rasterises and decodes but has no NVENC encoder.
console.log(`  rasterisation (Chromium angle-egl): ${gpu.usable ? 'yes' : 'no'}`);
console.log(`  NVENC encode: ${gpu.nvenc?.usable ? 'yes' : 'no'} (${gpu.nvenc?.reason ?? 'not probed'})`);
if (!sampleProps[template]) {
	console.error(`verify-gpu-path: unknown template ${JSON.stringify(template)}`);
	process.exit(2);
}

fs.mkdirSync(config.tempDir, { recursive: true });
const outDir = fs.mkdtempSync(path.join(config.tempDir, 'verify-gpu-'));
process.env.TMPDIR = outDir;
const { serveUrl } = await bundleCompositions(config.bundleCacheDir);
// The sample props name storage: media; serve it to the browser the way a worker does, behind the same sandbox.
await ensureSampleAssets(createLocalStorage(config.storageDir));
const assets = await serveRenderAssets();
const sandbox = await startEgressGuard({ assetPort: assets.port });
const resolvedBrowser = await sandboxedBrowserOf(resolveBrowser(config.browserExecutable), { dir: outDir, proxyUrl: sandbox.proxyUrl });
const media = await prepareMedia(
	sampleProps[template],
	assets,
	mediaOptionsOf({
		storage: scopeStorage(createLocalStorage(config.storageDir), DEFAULT_WORKSPACE_ID),
		mediaCache: createMediaCache(config.storage.cache),
		fetchTimeoutMs: config.clipFetchTimeoutMs,
		fetchMaxBytes: config.clipMaxBytes,
		outbound: createOutboundPolicy({ rules: config.outbound.rules }),
	}),
);

// x264 writes its version and options into the stream (an SEI message); NVENC writes none.
const writtenByX264 = (file: string) =>
	fs
		.readFileSync(file)
		.subarray(0, 1024 * 1024)
		.includes('x264 - core');

const renderWith = async (label: string, choice: NvidiaGpu) => {
	const browser = createBrowserSession(resolvedBrowser, gpuChromiumOptions(choice));
	const outputPath = path.join(outDir, `${label}.mp4`);
	try {
		const started = performance.now();
		const video = await renderVideo({
			serveUrl,
			compositionId: template,
			inputProps: media.props,
			outputPath,
			output: { scale: 1, chunks: 1 },
			browser: await browser.get(),
			resolvedBrowser,
			sandbox,
			concurrency: config.renderConcurrency,
			gpu: choice,
			x264Preset: config.x264Preset,
			signal: new AbortController().signal,
			onProgress: () => {},
		});
		const seconds = (performance.now() - started) / 1000;
		const probe = await probeMedia(outputPath);
		const fps = video.durationInFrames / seconds;
		const shown = `${probe.video?.codec ?? 'no video'}${writtenByX264(outputPath) ? ' (x264 SEI present)' : ' (no x264 SEI)'}`;
		console.log(
			`${label.padEnd(6)} encoder=${video.encoder} ffprobe=${shown} ${video.width}x${video.height} ${video.durationInFrames} frames in ${seconds.toFixed(1)} s = ${fps.toFixed(1)} fps`,
		);
		return { video, x264: writtenByX264(outputPath) };
	} finally {
		await browser.close();
	}
};

try {
	// Without NVENC the GPU render still rasterises on the GPU and encodes with x264.
	const nvenc = await renderWith(gpu.nvenc?.usable ? 'nvenc' : 'gpu-gl', gpu);
	const x264 = await renderWith('x264', { usable: false, reason: 'forced off for comparison' });
	if (nvenc.x264 === Boolean(gpu.nvenc?.usable) || !x264.x264) {
		console.error('verify-gpu-path: the files do not show the expected encoders');
		process.exitCode = 1;
	}
} finally {
	media.release();
	await sandbox.close();
	await assets.close();
	fs.rmSync(outDir, { recursive: true, force: true });
}
