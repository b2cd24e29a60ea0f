import type { SourceVideo } from './probe-source-video.js';

/** CLIP_PROXIES: auto decides per clip by the rule below; always proxies every full-frame clip; off never does. */
export type ClipProxyMode = 'auto' | 'always' | 'off';

export type ProxyPlan =
	| {
			use: true;
			why: string;
			/** The part of the source the frame shows (cover crop), in source pixels. */
			crop: { width: number; height: number };
			/** The proxy's picture: the crop, scaled down to the frame when the source is finer than it (never up). */
			size: { width: number; height: number };
			fps: number;
	  }
	| { use: false; why: string };

// The rule, from bench/real-footage.bench.ts on 2 cores (see the README section "Real footage"): decoding and scaling
// the source is what a landscape source adds to each frame, so a proxy pays when it cuts the decoded pixels at least in
// half, or the frames at least by a third; and when seeking is slow (codecs without cheap seeks, long GOPs, a varying
// rate), whatever the size.
const MIN_PIXEL_RATIO = 2;
const MIN_FPS_RATIO = 1.5;
const LONG_GOP_SECONDS = 4;
const SLOW_SEEK_CODECS = new Set(['hevc', 'vp9', 'av1', 'prores']);

const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);

/** The cover crop of `source` for a `frame`-sized box, and the proxy size that shows it at the frame's resolution. */
export const proxyGeometryOf = (source: { width: number; height: number }, frame: { width: number; height: number }) => {
	const cover = Math.max(frame.width / source.width, frame.height / source.height);
	const crop = { width: Math.min(source.width, even(frame.width / cover)), height: Math.min(source.height, even(frame.height / cover)) };
	const scale = Math.min(1, cover);
	return { crop, size: { width: even(crop.width * scale), height: even(crop.height * scale) } };
};

/**
 * Whether a clip shown cover-cropped over a `frame` at `fps` (source frames per second of output) renders faster from
 * a proxy (the crop only, at the frame's size and rate, with dense keyframes) than from its source, and why.
 */
export const planClipProxy = (source: SourceVideo, frame: { width: number; height: number }, fps: number, mode: ClipProxyMode): ProxyPlan => {
	if (mode === 'off') return { use: false, why: 'CLIP_PROXIES=off' };
	const { crop, size } = proxyGeometryOf(source, frame);
	const proxyFps = Math.min(fps, source.fps || fps);
	const reasons: string[] = [];
	const pixelRatio = (source.width * source.height) / (size.width * size.height);
	if (pixelRatio >= MIN_PIXEL_RATIO)
		reasons.push(`decodes ${pixelRatio.toFixed(1)}x fewer pixels (${source.width}x${source.height} to ${size.width}x${size.height})`);
	if (source.fps >= fps * MIN_FPS_RATIO) reasons.push(`${source.fps.toFixed(0)} fps source for ${fps} fps of output`);
	if (SLOW_SEEK_CODECS.has(source.codec)) reasons.push(`${source.codec} seeks slowly`);
	if (source.maxKeyframeGapSeconds > LONG_GOP_SECONDS) reasons.push(`keyframes up to ${source.maxKeyframeGapSeconds.toFixed(1)} s apart`);
	if (source.variableFrameRate) reasons.push('variable frame rate');
	if (mode === 'always' && reasons.length === 0) reasons.push('CLIP_PROXIES=always');
	if (reasons.length === 0) {
		return {
			use: false,
			why: `a proxy would not be faster: ${source.width}x${source.height} ${source.codec} at ${source.fps.toFixed(0)} fps is about what the frame shows`,
		};
	}
	return { use: true, why: reasons.join('; '), crop, size, fps: proxyFps };
};
