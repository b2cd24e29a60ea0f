import { classifyMediaFile } from '../../../core/media/classify-media-file.js';
import { annotateLoopingMedia, collectLoopingSources, collectMediaSources, replaceMediaSources } from '../../../core/media/collect-media-sources.js';
import type { ClipProxyRecord } from '../../../core/renders/record-clip-proxies.js';
import type { LocalCopy } from '../../../core/storage/storage.js';
import { type FetchMediaOptions, fetchMediaSource } from './fetch-media-source.js';
import { MediaSourceError } from './media-source-error.js';
import type { ClipProxyMode } from './plan-clip-proxy.js';
import { type Framing, proxyFramedClips } from './proxy-framed-clips.js';
import type { RenderAssetServer } from './serve-render-assets.js';

/**
 * Fetches every `src` the props name before the browser starts and checks each is media the render can decode, so a
 * missing clip, an HTML page or an unsupported codec fails fast with its name and a reason in one line (never the
 * browser's or ffprobe's own output), and rewrites the props to loopback URLs the render can read. With a `framing`
 * (the template's full-frame clips and the output frame), such clips get a proxy or an auto-reframe path first
 * (proxy-framed-clips.ts); `clipProxies` says what each used.
 */
export const prepareMedia = async (
	props: Record<string, unknown>,
	assets: RenderAssetServer,
	options: FetchMediaOptions & { proxies?: ClipProxyMode },
	framing: Framing | null = null,
): Promise<{ props: Record<string, unknown>; release: () => void; clipProxies: ClipProxyRecord[] }> => {
	const sources = [...collectMediaSources(props)];
	const fetched = await Promise.allSettled(sources.map((src) => fetchMediaSource(src, options)));
	const copies = fetched.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
	const releaseCopies = () => {
		for (const copy of copies) copy.release();
	};
	const failed = fetched.find((result) => result.status === 'rejected');
	if (failed) {
		releaseCopies();
		throw failed.reason;
	}
	const local = copies.map((copy) => copy.path);
	const verdicts = await Promise.all(local.map((file) => classifyMediaFile(file, options.logger)));
	for (const [index, verdict] of verdicts.entries()) {
		if (verdict.ok) continue;
		releaseCopies();
		throw new MediaSourceError(sources[index] ?? '', verdict.reason, false, verdict.kind);
	}
	// Looping clips need their source length; the probe above measured it.
	const looping = collectLoopingSources(props);
	const durations = new Map<string, number>();
	for (const [index, src] of sources.entries()) {
		const verdict = verdicts[index];
		if (looping.has(src) && verdict?.ok) durations.set(src, verdict.probe.durationSeconds);
	}
	const annotated = durations.size > 0 ? (annotateLoopingMedia(props, durations) as Record<string, unknown>) : props;
	let framed: { props: Record<string, unknown>; copies: LocalCopy[]; records: ClipProxyRecord[] } = { props: annotated, copies: [], records: [] };
	if (framing) {
		try {
			const localOf = new Map(sources.map((src, index) => [src, local[index] as string]));
			framed = await proxyFramedClips(annotated, localOf, framing, { ...options, proxies: options.proxies ?? 'auto' });
		} catch (error) {
			releaseCopies();
			throw error;
		}
	}
	// A proxied clip's src is its proxy's local path: served like any fetched file.
	const files = [...local, ...framed.copies.map((copy) => copy.path)];
	const exposed = files.map((file) => assets.expose(file));
	const map = new Map([...sources, ...framed.copies.map((copy) => copy.path)].map((src, index) => [src, exposed[index]?.url ?? src]));
	return {
		props: replaceMediaSources(framed.props, map) as Record<string, unknown>,
		clipProxies: framed.records,
		release: () => {
			for (const entry of exposed) entry.release();
			for (const copy of framed.copies) copy.release();
			releaseCopies();
		},
	};
};

/** The fetch options a render context implies. */
export const mediaOptionsOf = (
	ctx: {
		storage: FetchMediaOptions['storage'];
		mediaCache: FetchMediaOptions['mediaCache'];
		fetchTimeoutMs: number;
		fetchMaxBytes: number;
		outbound: FetchMediaOptions['outbound'];
		logger?: FetchMediaOptions['logger'];
		clipProxies?: ClipProxyMode;
	},
	signal?: AbortSignal,
): FetchMediaOptions & { proxies?: ClipProxyMode } => ({
	storage: ctx.storage,
	mediaCache: ctx.mediaCache,
	timeoutMs: ctx.fetchTimeoutMs,
	maxBytes: ctx.fetchMaxBytes,
	outbound: ctx.outbound,
	...(ctx.logger ? { logger: ctx.logger } : {}),
	...(signal ? { signal } : {}),
	...(ctx.clipProxies ? { proxies: ctx.clipProxies } : {}),
});
