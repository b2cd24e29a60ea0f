import fs from 'node:fs';
import { resolveBrowser } from '../../core/browser/resolve-browser.js';
import type { Config } from '../../core/config/load-config.js';
import type { Database } from '../../core/db/create-database.js';
import type { LambdaApi } from '../../core/lambda/lambda-client.js';
import { createFileLinks } from '../../core/links/create-file-links.js';
import { resolveUrlSigningSecret } from '../../core/links/resolve-url-signing-secret.js';
import type { Logger } from '../../core/log/create-logger.js';
import { createOutboundPolicy } from '../../core/net/create-outbound-policy.js';
import { openStorage } from '../../core/storage/open-storage.js';
import { createTranscriptionProviders } from '../../core/transcription/create-transcription-providers.js';
import { createVoiceoverProviders } from '../../core/voiceover/create-voiceover-providers.js';
import { DEFAULT_WORKSPACE_ID } from '../../core/workspaces/default-workspace.js';
import { scopeStorage } from '../../core/workspaces/scope-storage.js';
import { lambdaConnectionOf } from './backends/lambda/lambda-connection.js';
import { createBrowserSession } from './browser-session.js';
import { bundleCompositions } from './bundle-compositions.js';
import { gpuChromiumOptions } from './gpu/gpu-chromium-options.js';
import { resolveGpu } from './gpu/resolve-gpu.js';
import { serveRenderAssets } from './media/serve-render-assets.js';
import type { RenderContext } from './render-context.js';
import { sandboxedBrowserOf } from './sandbox/sandboxed-browser-of.js';
import { startEgressGuard } from './sandbox/start-egress-guard.js';
import { scratchDirFor, sweepOrphans } from './sweep-orphans.js';

/**
 * Everything a process needs to render: a scratch directory of its own (Chromium profiles land there too),
 * the long-lived browser, the cached bundle, the loopback media server and the GPU detected once. `close` releases them.
 */
export const createRenderContext = async (
	config: Config,
	db: Database,
	logger: Logger,
	{ lambdaApi }: { lambdaApi?: LambdaApi } = {},
): Promise<{ ctx: RenderContext; close: () => Promise<void> }> => {
	// First, so a worker that requires a GPU and has none fails before it creates anything.
	const gpu = await resolveGpu(config.gpu);
	logger.info('gpu', { mode: config.gpu.mode, ...gpu });
	const swept = sweepOrphans(config.tempDir);
	if (swept.removedDirs.length > 0) logger.info('cleaned up after crashed workers', swept);
	const scratchDir = scratchDirFor(config.tempDir);
	fs.mkdirSync(scratchDir, { recursive: true });
	// Chromium and Remotion put their temp files in os.tmpdir(); keep them where the sweep can find them.
	const previousTmpdir = process.env.TMPDIR;
	process.env.TMPDIR = scratchDir;

	const assets = await serveRenderAssets();
	const sandbox = await startEgressGuard({ assetPort: assets.port });
	const resolvedBrowser = await sandboxedBrowserOf(resolveBrowser(config.browserExecutable), { dir: scratchDir, proxyUrl: sandbox.proxyUrl });
	logger.debug('browser', { ...resolvedBrowser });
	const browser = createBrowserSession(resolvedBrowser, gpuChromiumOptions(gpu));
	let bundling: Promise<{ serveUrl: string; cached: boolean }> | null = null;
	const getServeUrl = () => {
		bundling ??= bundleCompositions(config.bundleCacheDir).catch((error: unknown) => {
			bundling = null;
			throw error;
		});
		return bundling;
	};
	const outbound = createOutboundPolicy({ rules: config.outbound.rules });
	const { storage: rootStorage, cache: mediaCache } = openStorage(config, outbound);
	const ctx: RenderContext = {
		db,
		rootStorage,
		storage: scopeStorage(rootStorage, DEFAULT_WORKSPACE_ID),
		assets,
		browser,
		sandbox,
		resolvedBrowser,
		gpu,
		getServeUrl,
		scratchDir,
		mediaCache,
		renderConcurrency: config.renderConcurrency,
		x264Preset: config.x264Preset,
		clipProxies: config.clipProxies,
		fetchTimeoutMs: config.clipFetchTimeoutMs,
		fetchMaxBytes: config.clipMaxBytes,
		outbound,
		voiceover: { providers: createVoiceoverProviders(config, outbound), targetLufs: config.voiceover.targetLufs },
		transcription: { ...createTranscriptionProviders(config, outbound), maxDurationMs: config.transcription.maxDurationMs },
		delivery: config.delivery,
		lambda: lambdaConnectionOf(config, lambdaApi),
		publicUrl: config.publicUrl,
		links: config.publicUrl
			? createFileLinks({ baseUrl: config.publicUrl, secret: resolveUrlSigningSecret(config), ttlSeconds: config.access.fileUrlTtlSeconds })
			: null,
		logger,
	};
	return {
		ctx,
		close: async () => {
			await browser.close();
			await sandbox.close();
			await assets.close();
			mediaCache.close();
			fs.rmSync(scratchDir, { recursive: true, force: true });
			// The directory is gone: a process that goes on (the CLI, benchmarks) must not make temp files in it.
			if (process.env.TMPDIR === scratchDir) {
				if (previousTmpdir === undefined) delete process.env.TMPDIR;
				else process.env.TMPDIR = previousTmpdir;
			}
		},
	};
};
