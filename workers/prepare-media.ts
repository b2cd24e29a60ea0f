import { annotateLoopingMedia, collectLoopingSources, collectMediaSources, replaceMediaSources } from '../core/media/collect-media-sources.js';
import { probeMedia } from '../core/media/probe-media.js';
import { type FetchMediaOptions, fetchMediaSource } from './fetch-media-source.js';
import type { RenderAssetServer } from './serve-render-assets.js';

/**
 * Fetches every `src` the props name before the browser starts, so a missing clip fails fast with its name,
 * and rewrites the props to loopback URLs the render can read.
 */
export const prepareMedia = async (
	props: Record<string, unknown>,
	assets: RenderAssetServer,
	options: FetchMediaOptions,
): Promise<{ props: Record<string, unknown>; release: () => void }> => {
	const sources = [...collectMediaSources(props)];
	const local = await Promise.all(sources.map((src) => fetchMediaSource(src, options)));
	// Looping clips need their source length; measure it here, once, from the fetched file.
	const looping = collectLoopingSources(props);
	const durations = new Map<string, number>();
	await Promise.all(
		sources.map(async (src, index) => {
			const file = local[index];
			if (looping.has(src) && file) durations.set(src, (await probeMedia(file)).durationSeconds);
		}),
	);
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
	ctx: { storage: FetchMediaOptions['storage']; mediaCacheDir: string; fetchTimeoutMs: number; fetchMaxBytes: number; allowPrivateNetworks: boolean },
	signal?: AbortSignal,
): FetchMediaOptions => ({
	storage: ctx.storage,
	cacheDir: ctx.mediaCacheDir,
	timeoutMs: ctx.fetchTimeoutMs,
	maxBytes: ctx.fetchMaxBytes,
	allowPrivateNetworks: ctx.allowPrivateNetworks,
	...(signal ? { signal } : {}),
});
