import type { X264Preset } from '@remotion/renderer';
import type { ResolvedBrowser } from '../../core/browser/resolve-browser.js';
import type { Config } from '../../core/config/load-config.js';
import type { Database } from '../../core/db/create-database.js';
import type { FileLinks } from '../../core/links/create-file-links.js';
import type { Logger } from '../../core/log/create-logger.js';
import type { OutboundPolicy } from '../../core/net/outbound-policy.js';
import type { MediaCache } from '../../core/storage/cache/create-media-cache.js';
import type { Storage } from '../../core/storage/storage.js';
import type { TranscriptionProviders } from '../../core/transcription/create-transcription-providers.js';
import type { VoiceoverDeps } from '../../core/voiceover/synthesize-voiceover.js';
import { scopeStorage, type WorkspaceStorage } from '../../core/workspaces/scope-storage.js';
import type { LambdaConnection } from './backends/lambda/lambda-connection.js';
import type { BrowserSession } from './browser-session.js';
import type { NvidiaGpu } from './gpu/detect-nvidia-gpu.js';
import type { RenderAssetServer } from './media/serve-render-assets.js';
import type { EgressGuard } from './sandbox/start-egress-guard.js';

/** Everything a process that renders holds for all its renders (createRenderContext builds it once). */
export type RenderContext = {
	db: Database;
	/** All of storage; each render works in its workspace's part (see renderContextIn). */
	rootStorage: Storage;
	/** The workspace's storage of the render at hand (the default workspace's outside a render). */
	storage: WorkspaceStorage;
	assets: RenderAssetServer;
	browser: BrowserSession;
	/** The render browser's egress guard: pages reach their own Remotion server and the media server, nothing else. */
	sandbox: EgressGuard;
	resolvedBrowser: ResolvedBrowser;
	/** Detected once at start; decides NVENC or x264 and the browser's GL flags. */
	gpu: NvidiaGpu;
	getServeUrl: () => Promise<{ serveUrl: string; cached: boolean }>;
	/** This process's scratch directory; partial outputs live here until they are moved into storage. */
	scratchDir: string;
	/** Media this machine fetched (URLs, bucket objects), by content; shared by every render and worker here. */
	mediaCache: MediaCache;
	/** Browser tabs per render (config RENDER_CONCURRENCY, one per core by default). */
	renderConcurrency: number;
	x264Preset: X264Preset;
	/** CLIP_PROXIES: when full-frame clips render from a cropped proxy (media/plan-clip-proxy.ts). */
	clipProxies: Config['clipProxies'];
	fetchTimeoutMs: number;
	fetchMaxBytes: number;
	/** Every media download goes through it (private networks refused unless allow-listed). */
	outbound: OutboundPolicy;
	voiceover: Pick<VoiceoverDeps, 'providers' | 'targetLufs'>;
	/** Speech-to-text for captions.source transcribe and align; maxDurationMs is TRANSCRIPTION_MAX_SECONDS. */
	transcription: TranscriptionProviders & { maxDurationMs: number };
	/** The delivered file's loudness targets and limits (config DELIVERY_*, GIF_MAX_SECONDS). */
	delivery: Config['delivery'];
	/** null: this worker cannot render on Lambda (not configured). */
	lambda: LambdaConnection | null;
	/** PUBLIC_URL: where Lambda fetches `storage:` media from when storage is local (this deployment's /files). */
	publicUrl: string | null;
	/** Signed links on PUBLIC_URL (null without one): what Lambda gets for local storage media. */
	links: FileLinks | null;
	logger: Logger;
};

/** The context a render of `workspaceId` works in: its storage is the workspace's, so its `storage:` media and outputs stay there. */
export const renderContextIn = <T extends Pick<RenderContext, 'rootStorage' | 'storage'>>(ctx: T, workspaceId: string): T => ({
	...ctx,
	storage: scopeStorage(ctx.rootStorage, workspaceId),
});
