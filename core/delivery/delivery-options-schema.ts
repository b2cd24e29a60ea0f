import { z } from 'zod';
import { deliveryPresetIds } from './delivery-presets.js';
import { outputFormatIds, outputFormats } from './output-formats.js';

const bitrateSchema = z.string().regex(/^\d+(\.\d+)?[kKmM]$/, 'must look like 8M or 2500k');

/**
 * What the delivered file is: its format, colour, loudness and the extra files beside it. Every field is optional;
 * core/delivery/resolve-delivery.ts fills the defaults once (H.264 MP4, BT.709 limited range, -14 LUFS, -1 dBTP).
 * Spread into renderOutputOptionsSchema (core/contracts/render-job.ts).
 */
export const deliveryOptionsShape = {
	format: z
		.enum(outputFormatIds)
		.optional()
		.describe(`File format (default mp4-h264): ${outputFormatIds.map((id) => `${id} (${outputFormats[id].description})`).join('; ')}`),
	transparent: z.boolean().optional().describe('Keep the background transparent (webm-vp9 and mov-prores only; the template must draw none)'),
	colorSpace: z
		.enum(['bt709', 'bt601-full'])
		.optional()
		.describe("bt709 (default): BT.709, limited range, tagged, what platforms and players expect; bt601-full: Remotion 4's own full-range output"),
	preset: z
		.enum(deliveryPresetIds)
		.optional()
		.describe("A platform's documented delivery: size, frame rates, GOP, peak bitrate, audio rate and loudness (sets the size, overriding scale)"),
	maxBitrate: bitrateSchema.optional().describe('Peak video bitrate (VBV); presets set their platform’s'),
	audioBitrate: z
		.string()
		.regex(/^\d{2,3}k$/, 'must look like 320k')
		.optional()
		.describe('AAC or Opus bitrate (default 320k; presets set their platform’s)'),
	loudness: z
		.union([
			z.literal('off'),
			z.object({
				targetLufs: z.number().min(-40).max(-5).describe('Integrated loudness (EBU R128) of the whole mix'),
				truePeakDbtp: z.number().min(-9).max(0).describe('Highest true peak allowed'),
			}),
		])
		.optional()
		.describe(
			'Loudness of the final mix (default: DELIVERY_TARGET_LUFS and DELIVERY_TRUE_PEAK_DBTP, or the preset platform’s); off leaves the mix as rendered',
		),
	audioFile: z.enum(['mp3', 'm4a']).optional().describe('Also deliver the soundtrack alone: mp3, or AAC in m4a'),
	poster: z
		.object({
			atSeconds: z.number().min(0).max(36_000).describe('Time of the frame, from the start'),
			format: z.enum(['jpeg', 'png']).default('jpeg'),
		})
		.optional()
		.describe('Also deliver one frame as a still'),
};
