import { createHash } from 'node:crypto';
import { type Clip, clipSchema, type FocalKey } from '../../../compositions/shared/media-schemas.js';
import type { ClipProxyRecord } from '../../../core/renders/record-clip-proxies.js';
import type { LocalCopy } from '../../../core/storage/storage.js';
import type { FetchMediaOptions } from './fetch-media-source.js';
import { hashFile } from './hash-file.js';
import { makeClipProxy } from './make-clip-proxy.js';
import { type ClipProxyMode, planClipProxy } from './plan-clip-proxy.js';
import { probeSourceVideo } from './probe-source-video.js';
import { focalPathOf } from './reframe/focal-path-of.js';
import { subjectTrackOf } from './reframe/subject-track-of.js';

/** How a template shows its full-frame clips in this render: the output frame in pixels, its rate and length. */
export type Framing = { width: number; height: number; fps: number; durationSeconds: number; clips: readonly string[] };

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Replaces each full-frame clip of `props` with a proxy where one renders faster (see plan-clip-proxy.ts), made once
 * per source content and target in the media cache and shared by every render here, and resolves `focalPoint: 'auto'`
 * to a path (baked into the proxy's crop, or given to the composition when the source is kept). Clip `src`s in the
 * result are local files; `copies` are the proxies' leases.
 */
export const proxyFramedClips = async (
	props: Record<string, unknown>,
	localOf: ReadonlyMap<string, string>,
	framing: Framing,
	options: FetchMediaOptions & { proxies: ClipProxyMode },
): Promise<{ props: Record<string, unknown>; copies: LocalCopy[]; records: ClipProxyRecord[] }> => {
	const result = { ...props };
	const copies: LocalCopy[] = [];
	const records: ClipProxyRecord[] = [];
	try {
		for (const prop of framing.clips) {
			const parsed = clipSchema.safeParse(props[prop]);
			const file = parsed.success ? localOf.get(parsed.data.src) : undefined;
			if (!parsed.success || !file) continue;
			const clip: Clip = parsed.data;
			const source = await probeSourceVideo(file);
			const fps = framing.fps * clip.playbackRate;
			const plan = clip.loop ? ({ use: false, why: 'a looping clip keeps its source' } as const) : planClipProxy(source, framing, fps, options.proxies);
			// Derived media is cached by content, so the same clip under another URL or key is analysed once.
			const hash = plan.use || clip.focalPoint === 'auto' ? await hashFile(file) : '';
			let path: FocalKey[] | null = null;
			if (clip.focalPoint === 'auto') path = focalPathOf(await subjectTrackOf(file, hash, source, options), source, framing);
			if (!plan.use) {
				if (path) result[prop] = { ...(props[prop] as object), focalPath: path };
				records.push({ prop, src: clip.src, proxy: false, why: plan.why, ...(path ? { reframed: true } : {}) });
				continue;
			}
			const startSeconds = clip.trimStartSeconds;
			// What the render can show of the source, and a frame more.
			const shownSeconds = (clip.durationSeconds ?? framing.durationSeconds) * clip.playbackRate + 1 / framing.fps;
			const durationSeconds = Math.max(1 / plan.fps, Math.min(shownSeconds, source.durationSeconds - startSeconds));
			const audio = source.hasAudio && !clip.muted && clip.volume > 0;
			const focal = path ?? (clip.focalPoint as { x: number; y: number });
			const target = { v: 1, crop: plan.crop, size: plan.size, fps: plan.fps, focal, startSeconds, durationSeconds, audio };
			const cacheId = `proxy-${hash.slice(0, 24)}-${sha(target).slice(0, 16)}`;
			let made = false;
			const started = Date.now();
			const copy = await options.mediaCache.obtain(cacheId, '.mp4', async (into) => {
				made = true;
				await makeClipProxy(
					{ src: clip.src, file, target: into, plan, source, focal, startSeconds, durationSeconds, audio },
					{ ...(options.logger ? { logger: options.logger } : {}), ...(options.signal ? { signal: options.signal } : {}) },
				);
			});
			copies.push(copy);
			const { focalPath: _dropped, ...rest } = props[prop] as Record<string, unknown>;
			// The proxy is the crop: the composition shows all of it from its start, centred.
			result[prop] = { ...rest, src: copy.path, trimStartSeconds: 0, focalPoint: { x: 0.5, y: 0.5 } };
			records.push({
				prop,
				src: clip.src,
				proxy: true,
				why: plan.why,
				cacheId,
				...plan.size,
				fps: plan.fps,
				reused: !made,
				...(made ? { makeMs: Date.now() - started } : {}),
				...(path ? { reframed: true } : {}),
			});
		}
	} catch (error) {
		for (const copy of copies) copy.release();
		throw error;
	}
	return { props: result, copies, records };
};
