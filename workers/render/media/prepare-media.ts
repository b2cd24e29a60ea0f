import { classifyMediaFile } from '../../../core/media/classify-media-file.js';
import { annotateLoopingMedia, collectLoopingSources, collectMediaSources, replaceMediaSources } from '../../../core/media/collect-media-sources.js';
import { type FetchMediaOptions, fetchMediaSource } from './fetch-media-source.js';
import { MediaSourceError } from './media-source-error.js';
import type { RenderAssetServer } from './serve-render-assets.js';

/**
 * Fetches every `src` the props name before the browser starts and checks each is media the render can decode, so a
 * missing clip, an HTML page or an unsupported codec fails fast with its name and a reason in one line (never the
 * browser's or ffprobe's own output), and rewrites the props to loopback URLs the render can read.
 */
export const prepareMedia = async (
	props: Record<string, unknown>,
	assets: RenderAssetServer,
	options: FetchMediaOptions,
): Promise<{ props: Record<string, unknown>; release: () => void }> => {
	const sources = [...collectMediaSources(props)];
	const local = await Promise.all(sources.map((src) => fetchMediaSource(src, options)));
	const verdicts = await Promise.all(local.map((file) => classifyMediaFile(file, options.logger)));
	for (const [index, verdict] of verdicts.entries()) {
		if (!verdict.ok) throw new MediaSourceError(sources[index] ?? '', verdict.reason, false, verdict.kind);
	}
	// Looping clips need their source length; the probe above measured it.
	const looping = collectLoopingSources(props);
	const durations = new Map<string, number>();
	for (const [index, src] of sources.entries()) {
		const verdict = verdicts[index];
		if (looping.has(src) && verdict?.ok) durations.set(src, verdict.probe.durationSeconds);
	}
	const annotated = durations.size > 0 ? (annotateLoopingMedia(props, durations) as Record<string, unknown>) : props;
	const exposed = local.map((file) => assets.expose(file));
	const map = new Map(sources.map((src, index) => [src, exposed[index]?.url ?? src]));
	return {
		props: replaceMediaSources(annotated, map) as Record<string, unknown>,
		release: () => {
			for (const entry of exposed) entry.release();
		},
	};
};

/** The fetch options a render context implies. */
export const mediaOptionsOf = (
	ctx: {
		storage: FetchMediaOptions['storage'];
		mediaCacheDir: string;
		fetchTimeoutMs: number;
		fetchMaxBytes: number;
		outbound: FetchMediaOptions['outbound'];
		logger?: FetchMediaOptions['logger'];
	},
	signal?: AbortSignal,
): FetchMediaOptions => ({
	storage: ctx.storage,
	cacheDir: ctx.mediaCacheDir,
	timeoutMs: ctx.fetchTimeoutMs,
	maxBytes: ctx.fetchMaxBytes,
	outbound: ctx.outbound,
	...(ctx.logger ? { logger: ctx.logger } : {}),
	...(signal ? { signal } : {}),
});
