import { collectMediaSources, replaceMediaSources } from './collect-media-sources.js';
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
	const exposed = local.map((file) => assets.expose(file));
	const map = new Map(sources.map((src, index) => [src, exposed[index]?.url ?? src]));
	return {
		props: replaceMediaSources(props, map) as Record<string, unknown>,
		release: () => {
			for (const entry of exposed) entry.release();
		},
	};
};
