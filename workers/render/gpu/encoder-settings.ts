import type { ChromiumOptions, X264Preset } from '@remotion/renderer';
import type { RenderOutputOptions } from '../../../core/contracts/render-job.js';
import type { NvidiaGpu } from './detect-nvidia-gpu.js';
import { gpuChromiumOptions } from './gpu-chromium-options.js';

export type EncoderSettings = {
	encoder: 'h264_nvenc' | 'libx264';
	/** 'required' makes Remotion fail rather than quietly fall back, so `encoder` is what was used. */
	hardwareAcceleration: 'required' | 'disable';
	chromiumOptions: ChromiumOptions;
	videoBitrate: string | null;
	crf: number | undefined;
	/** x264's speed preset; null on NVENC, which has its own. */
	x264Preset: X264Preset | null;
};

// H.264 bitrates that keep short-form video clean on NVENC, by the output's pixel count.
const NVENC_BITRATES: { minPixels: number; bitrate: string }[] = [
	{ minPixels: 3840 * 2160, bitrate: '20M' },
	{ minPixels: 1920 * 1080, bitrate: '8M' },
	{ minPixels: 1280 * 720, bitrate: '5M' },
	{ minPixels: 0, bitrate: '2500k' },
];

/** The bitrate NVENC gets when the request names none: NVENC ignores crf. */
export const defaultNvencBitrate = (width: number, height: number): string =>
	NVENC_BITRATES.find(({ minPixels }) => width * height >= minPixels)?.bitrate ?? '2500k';

/**
 * How one render is encoded: NVENC with a bitrate on an NVIDIA GPU whose test encode worked, x264 with crf (or the
 * requested bitrate) everywhere else, GPU rasterisation on any usable NVIDIA GPU. `size` is the output size, after scaling.
 */
export const encoderSettings = (
	gpu: NvidiaGpu,
	output: Pick<RenderOutputOptions, 'crf' | 'videoBitrate'>,
	size: { width: number; height: number },
	x264Preset: X264Preset = 'medium',
): EncoderSettings => {
	if (gpu.usable && gpu.nvenc?.usable === true) {
		return {
			encoder: 'h264_nvenc',
			hardwareAcceleration: 'required',
			chromiumOptions: gpuChromiumOptions(gpu),
			videoBitrate: output.videoBitrate ?? defaultNvencBitrate(size.width, size.height),
			crf: undefined,
			x264Preset: null,
		};
	}
	return {
		encoder: 'libx264',
		hardwareAcceleration: 'disable',
		chromiumOptions: gpuChromiumOptions(gpu),
		videoBitrate: output.videoBitrate ?? null,
		crf: output.videoBitrate ? undefined : output.crf,
		x264Preset,
	};
};
