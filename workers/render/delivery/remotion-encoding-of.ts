import type { RenderMediaOptions } from '@remotion/renderer';
import type { DeliveryEncoding } from '../../../core/delivery/resolve-encoding.js';

type RemotionEncoding = Required<
	Pick<RenderMediaOptions, 'pixelFormat' | 'imageFormat' | 'colorSpace' | 'gopSize' | 'encodingMaxRate' | 'encodingBufferSize' | 'ffmpegOverride'>
> & { codec: DeliveryEncoding['spec']['remotionCodec']; proResProfile: '4444' | 'hq' | undefined };

/** Adds x264/x265 arguments a preset asks for (B-frames) to Remotion's encoder command, before its output path. */
const withEncoderArgs =
	(extra: string[]): NonNullable<RenderMediaOptions['ffmpegOverride']> =>
	({ args }) => {
		const at = args.findIndex((arg, i) => arg === '-c:v' && /^libx26[45]$/.test(args[i + 1] ?? ''));
		return at < 0 ? args : [...args.slice(0, at + 2), ...extra, ...args.slice(at + 2)];
	};

/**
 * The renderMedia options that make Remotion encode the picture as delivered: codec, pixel format (with alpha when
 * transparent, which needs PNG frames), BT.709 limited range or Remotion's own default, the preset's GOP, peak bitrate
 * and B-frames. `fps` is the composition's, known once it is selected.
 */
export const remotionEncodingOf = (encoding: DeliveryEncoding, fps: number): RemotionEncoding => ({
	codec: encoding.spec.remotionCodec,
	pixelFormat: encoding.spec.remotionCodec === 'gif' ? 'yuv420p' : (encoding.pixelFormat as RemotionEncoding['pixelFormat']),
	proResProfile: encoding.proResProfile ?? undefined,
	imageFormat: encoding.transparent ? 'png' : 'jpeg',
	colorSpace: encoding.colorSpace === 'bt709' ? 'bt709' : 'default',
	gopSize:
		encoding.gopSeconds === null || encoding.spec.remotionCodec === 'gif' || encoding.spec.remotionCodec === 'prores'
			? null
			: Math.max(1, Math.round(encoding.gopSeconds * fps)),
	// Checked by the request's schema to look like 8M or 2500k, as Remotion's type says.
	encodingMaxRate: encoding.maxBitrate as RemotionEncoding['encodingMaxRate'],
	encodingBufferSize: encoding.bufferSize as RemotionEncoding['encodingBufferSize'],
	ffmpegOverride: encoding.bFrames === null ? ({ args }) => args : withEncoderArgs(['-bf', String(encoding.bFrames)]),
});
