import { type HeadlessBrowser, makeCancelSignal, renderMedia, selectComposition, type X264Preset } from '@remotion/renderer';
import type { ResolvedBrowser } from '../../core/browser/resolve-browser.js';
import type { RenderOutputOptions, RenderStage } from '../../core/contracts/render-job.js';
import type { NvidiaGpu } from './gpu/detect-nvidia-gpu.js';
import { type EncoderSettings, encoderSettings } from './gpu/encoder-settings.js';
import { gpuChromiumOptions } from './gpu/gpu-chromium-options.js';
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
	signal: AbortSignal;
	onProgress: (progress: RenderVideoProgress) => void;
	/**
	 * Render only these frames (inclusive), as one chunk of a distributed render: video to MPEG-TS at `outputPath`
	 * and audio to AAC at `audioOutputPath`, cut so that Remotion's combineChunks joins the chunks without a seam.
	 */
	chunk?: { frameRange: [number, number]; audioOutputPath: string };
};

export type RenderVideoResult = { encoder: EncoderSettings['encoder']; width: number; height: number; fps: number; durationInFrames: number };

/** Renders one composition to an H.264 MP4 with an audio track (NVENC on a usable GPU, else x264), stoppable through `signal`. */
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
		const width = Math.round(composition.width * input.output.scale);
		const height = Math.round(composition.height * input.output.scale);
		const settings = encoderSettings(input.gpu, input.output, { width, height }, input.x264Preset);
		const { chunk } = input;
		const totalFrames = chunk ? chunk.frameRange[1] - chunk.frameRange[0] + 1 : composition.durationInFrames;
		await renderMedia({
			...shared,
			composition,
			codec: chunk ? 'h264-ts' : 'h264',
			outputLocation: input.outputPath,
			...(chunk
				? {
						frameRange: chunk.frameRange,
						separateAudioTo: chunk.audioOutputPath,
						audioCodec: 'aac' as const,
						// AAC frames do not line up with video frames: each chunk carries a little extra audio that the join trims.
						// Remotion does the same for Lambda's chunks, and cannot for chunks of 4 frames or fewer.
						forSeamlessAacConcatenation: totalFrames > 4,
						compositionStart: 0,
					}
				: {}),
			overwrite: true,
			scale: input.output.scale,
			crf: settings.crf,
			x264Preset: settings.x264Preset,
			videoBitrate: settings.videoBitrate,
			// Every output has an audio stream, even a silent one: platforms and players expect it.
			enforceAudioTrack: true,
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
		return {
			encoder: settings.encoder,
			width,
			height,
			fps: composition.fps,
			durationInFrames: composition.durationInFrames,
		};
	} finally {
		input.signal.removeEventListener('abort', onAbort);
	}
};
