import fs from 'node:fs';
import { type HeadlessBrowser, makeCancelSignal, renderMedia, selectComposition, type X264Preset } from '@remotion/renderer';
import type { ResolvedBrowser } from '../../core/browser/resolve-browser.js';
import type { RenderOutputOptions, RenderStage } from '../../core/contracts/render-job.js';
import { resolveEncoding } from '../../core/delivery/resolve-encoding.js';
import { remotionEncodingOf } from './delivery/remotion-encoding-of.js';
import type { NvidiaGpu } from './gpu/detect-nvidia-gpu.js';
import { type EncoderSettings, encoderSettings } from './gpu/encoder-settings.js';
import { gpuChromiumOptions } from './gpu/gpu-chromium-options.js';
import type { ProducedAudio } from './render-attempt.js';
import { RenderInputError } from './render-errors.js';
import type { EgressGuard } from './sandbox/start-egress-guard.js';
import { withRenderLease } from './sandbox/with-render-lease.js';

export type RenderVideoProgress = {
	stage: Extract<RenderStage, 'rendering' | 'encoding'>;
	fraction: number;
	renderedFrames: number;
	encodedFrames: number;
	totalFrames: number;
};

export type RenderVideoInput = {
	serveUrl: string;
	compositionId: string;
	inputProps: Record<string, unknown>;
	outputPath: string;
	output: RenderOutputOptions;
	browser: HeadlessBrowser;
	resolvedBrowser: ResolvedBrowser;
	/** Browser tabs rendering frames in parallel; null lets Remotion choose from the cores. */
	concurrency: number | null;
	/** What detection found at worker start: NVENC and GPU flags when usable, x264 otherwise. */
	gpu: NvidiaGpu;
	/** x264's preset on CPU encoding (config X264_PRESET); ignored on NVENC. */
	x264Preset: X264Preset;
	/** Every request of the render's pages goes through it; anything but the render's own media fails the render. */
	sandbox: EgressGuard;
	/** The longest GIF this deployment renders (config GIF_MAX_SECONDS; its default when not given). */
	gifMaxSeconds?: number;
	signal: AbortSignal;
	onProgress: (progress: RenderVideoProgress) => void;
	/**
	 * Render only these frames (inclusive), as one chunk of a distributed render: video to MPEG-TS at `outputPath`
	 * and the chunk's mix to a PCM WAV at `audioOutputPath`, exactly its frames long, for the join to put end to end.
	 */
	chunk?: { frameRange: [number, number]; audioOutputPath: string };
};

export type RenderVideoResult = {
	encoder: EncoderSettings['encoder'] | 'libx265' | 'libvpx-vp9' | 'prores_ks' | 'gif';
	width: number;
	height: number;
	fps: number;
	durationInFrames: number;
	/**
	 * A whole render's mix, as Remotion mixed it (16-bit PCM WAV beside `outputPath`, exactly as long as the video, no
	 * encoder delay): the delivery step encodes it once, with its delay signalled. Null for a chunk (its mix is in
	 * `chunk.audioOutputPath`) and for formats without sound.
	 */
	audio: ProducedAudio | null;
};

const DEFAULT_GIF_MAX_SECONDS = 15;

/** Where a whole render's mix is written, beside its video. */
export const mixPathOf = (outputPath: string) => `${outputPath}.mix.wav`;

const encoderOf = (codec: string, settings: EncoderSettings): RenderVideoResult['encoder'] =>
	codec === 'h265' ? 'libx265' : codec === 'vp9' ? 'libvpx-vp9' : codec === 'prores' ? 'prores_ks' : codec === 'gif' ? 'gif' : settings.encoder;

/**
 * Renders one composition to the requested format (H.264 by default: NVENC on a usable GPU, else x264), the picture
 * in one file and a whole render's mix in a WAV beside it, stoppable through `signal`.
 */
export const renderVideo = (input: RenderVideoInput): Promise<RenderVideoResult> =>
	withRenderLease(input.sandbox, input.signal, ({ port, signal }) => renderVideoOnPort({ ...input, signal }, port));

const renderVideoOnPort = async (input: RenderVideoInput, port: number): Promise<RenderVideoResult> => {
	const { cancelSignal, cancel } = makeCancelSignal();
	const onAbort = () => cancel();
	input.signal.addEventListener('abort', onAbort, { once: true });
	try {
		input.signal.throwIfAborted();
		const shared = {
			// The egress guard lets the pages load from this port only (and from the media server).
			port,
			serveUrl: input.serveUrl,
			// Used only when Remotion opens its own browser; the worker's shared one gets the same flags at launch.
			chromiumOptions: gpuChromiumOptions(input.gpu),
			inputProps: input.inputProps,
			puppeteerInstance: input.browser,
			browserExecutable: input.resolvedBrowser.executable,
			chromeMode: input.resolvedBrowser.chromeMode,
			logLevel: 'error' as const,
		};
		const composition = await selectComposition({ ...shared, id: input.compositionId });
		input.signal.throwIfAborted();
		const delivery = resolveEncoding(input.output);
		const { preset } = delivery;
		// A preset delivers its platform's size: the template is scaled to it (same shape only) and must run at a rate it takes.
		const scale = preset ? preset.width / composition.width : input.output.scale;
		if (preset && Math.round(composition.height * scale) !== preset.height) {
			throw new RenderInputError(
				`output.preset "${delivery.presetId}" delivers ${preset.width}x${preset.height}, but the template renders ${composition.width}x${composition.height}; set props.format to that shape`,
			);
		}
		if (preset && (composition.fps < preset.fps.min || composition.fps > preset.fps.max)) {
			throw new RenderInputError(
				`output.preset "${delivery.presetId}" takes ${preset.fps.min}-${preset.fps.max} fps, but the template runs at ${composition.fps}`,
			);
		}
		const seconds = composition.durationInFrames / composition.fps;
		const gifMaxSeconds = input.gifMaxSeconds ?? DEFAULT_GIF_MAX_SECONDS;
		if (delivery.format === 'gif' && seconds > gifMaxSeconds) {
			throw new RenderInputError(
				`output.format "gif": a GIF may be at most ${gifMaxSeconds} s long (GIF_MAX_SECONDS), but this video is ${seconds.toFixed(1)} s; use "mp4-h264"`,
			);
		}
		const width = Math.round(composition.width * scale);
		const height = Math.round(composition.height * scale);
		const remotion = remotionEncodingOf(delivery, composition.fps);
		// NVENC encodes H.264 only; every other codec is Remotion's software encoder.
		const gpu = remotion.codec === 'h264' ? input.gpu : { ...input.gpu, usable: false };
		const settings = encoderSettings(gpu, input.output, { width, height }, input.x264Preset);
		const { chunk } = input;
		const totalFrames = chunk ? chunk.frameRange[1] - chunk.frameRange[0] + 1 : composition.durationInFrames;
		const hasSound = delivery.spec.audio !== null;
		const mixPath = !chunk && hasSound ? mixPathOf(input.outputPath) : null;
		const { codec, ...encoding } = remotion;
		// Remotion names the container by the file's extension: render under the format's own, then move it where asked.
		const renderedPath =
			chunk || input.outputPath.endsWith(`.${delivery.spec.extension}`) ? input.outputPath : `${input.outputPath}.${delivery.spec.extension}`;
		await renderMedia({
			...shared,
			composition,
			codec: chunk ? 'h264-ts' : codec,
			outputLocation: renderedPath,
			...encoding,
			...(mixPath ? { separateAudioTo: mixPath } : {}),
			...(chunk
				? {
						frameRange: chunk.frameRange,
						// PCM, not Remotion's seamless AAC: that cuts the first 0-33 ms off every sound that starts inside a chunk
						// after the first (4.0.527 trims each such asset by the chunk's AAC alignment offset; a 12 ms click is
						// dropped whole, tests/integration/delivered-file-sync.test.ts). PCM chunks are exact and join end to end;
						// the delivery step encodes the joined mix once.
						separateAudioTo: chunk.audioOutputPath,
						compositionStart: 0,
					}
				: {}),
			overwrite: true,
			scale,
			crf: codec === 'prores' || codec === 'gif' ? undefined : settings.crf,
			x264Preset: codec === 'h264' ? settings.x264Preset : undefined,
			videoBitrate: codec === 'prores' || codec === 'gif' ? null : settings.videoBitrate,
			// Every output with sound has an audio stream, even a silent one: platforms and players expect it.
			enforceAudioTrack: hasSound,
			muted: !hasSound,
			concurrency: input.concurrency,
			cancelSignal,
			hardwareAcceleration: settings.hardwareAcceleration,
			onProgress: (progress) => {
				input.onProgress({
					stage: progress.renderedFrames < totalFrames ? 'rendering' : 'encoding',
					fraction: progress.progress,
					renderedFrames: progress.renderedFrames,
					encodedFrames: progress.encodedFrames,
					totalFrames,
				});
			},
		});
		if (renderedPath !== input.outputPath) await fs.promises.rename(renderedPath, input.outputPath);
		return {
			encoder: encoderOf(codec, settings),
			width,
			height,
			fps: composition.fps,
			durationInFrames: composition.durationInFrames,
			audio: mixPath ? { file: mixPath, encoderDelaySamples: 0 } : null,
		};
	} finally {
		input.signal.removeEventListener('abort', onAbort);
	}
};
