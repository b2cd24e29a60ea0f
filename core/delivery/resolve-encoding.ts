import type { RenderOutputOptions } from '../contracts/render-job.js';
import { type DeliveryPreset, type DeliveryPresetId, deliveryPresets } from './delivery-presets.js';
import { type OutputFormat, type OutputFormatSpec, outputFormats } from './output-formats.js';

/** How the delivered file is encoded, decided once from the request (Remotion's two-tier options): no undefined below. */
export type DeliveryEncoding = {
	format: OutputFormat;
	spec: OutputFormatSpec;
	transparent: boolean;
	pixelFormat: string;
	/** ProRes profile: 422 HQ, or 4444 with alpha; null for other formats. */
	proResProfile: 'hq' | '4444' | null;
	colorSpace: 'bt709' | 'bt601-full';
	presetId: DeliveryPresetId | null;
	preset: DeliveryPreset | null;
	maxBitrate: string | null;
	bufferSize: string | null;
	/** Keyframe interval in seconds; null: the encoder's default. */
	gopSeconds: number | null;
	bFrames: number | null;
	audioBitrate: string;
	audioSampleRate: number;
	/** MP4 audio priming signalled with an edit list (true), or the audio advanced by it because the platform forbids edit lists. */
	editLists: boolean;
	audioFile: 'mp3' | 'm4a' | null;
	poster: { atSeconds: number; format: 'jpeg' | 'png' } | null;
};

const DEFAULT_AUDIO_BITRATE = '320k';
const SAMPLE_RATE = 48_000;

/** Doubles a bitrate such as 8M: the VBV buffer that goes with a peak rate. */
const twice = (bitrate: string) => `${Number(bitrate.slice(0, -1)) * 2}${bitrate.slice(-1)}`;

/** The encoding a render's output options ask for, with every default filled in (H.264 MP4, BT.709 limited range). */
export const resolveEncoding = (output: RenderOutputOptions): DeliveryEncoding => {
	const format = output.format ?? 'mp4-h264';
	const spec: OutputFormatSpec = outputFormats[format];
	const transparent = output.transparent === true && spec.alphaPixelFormat !== null;
	const presetId = output.preset ?? null;
	const preset: DeliveryPreset | null = presetId ? deliveryPresets[presetId] : null;
	return {
		format,
		spec,
		transparent,
		pixelFormat: transparent && spec.alphaPixelFormat ? spec.alphaPixelFormat : spec.pixelFormat,
		proResProfile: spec.remotionCodec === 'prores' ? (transparent ? '4444' : 'hq') : null,
		colorSpace: output.colorSpace ?? 'bt709',
		presetId,
		preset,
		maxBitrate: output.maxBitrate ?? preset?.maxBitrate ?? null,
		bufferSize: output.maxBitrate ? twice(output.maxBitrate) : (preset?.bufferSize ?? null),
		gopSeconds: preset?.gopSeconds ?? null,
		bFrames: preset?.bFrames ?? null,
		audioBitrate: output.audioBitrate ?? preset?.audioBitrate ?? DEFAULT_AUDIO_BITRATE,
		audioSampleRate: preset?.audioSampleRate ?? SAMPLE_RATE,
		editLists: preset?.editLists ?? true,
		audioFile: spec.audio === null ? null : (output.audioFile ?? null),
		poster: output.poster ?? null,
	};
};
