import { z } from 'zod';

const streamTimes = { startSeconds: z.number(), durationSeconds: z.number().nullable(), bitrate: z.number().nullable() };

/**
 * What the delivered file is, as measured on the file after it was finished: ffprobe's view of each stream, the
 * A/V offset (its decoded audio cross-correlated with the mix the picture was rendered with) and the loudness meter's
 * (EBU R128) reading. Stored on the render (`delivery`), returned by renders.get, shown in the studio.
 */
export const deliveryReportSchema = z.object({
	format: z.string(),
	container: z.string(),
	sizeBytes: z.number(),
	durationSeconds: z.number(),
	bitrate: z.number().nullable(),
	video: z
		.object({
			codec: z.string(),
			profile: z.string().nullable(),
			pixelFormat: z.string().nullable(),
			width: z.number(),
			height: z.number(),
			fps: z.number(),
			colorRange: z.string().nullable(),
			colorSpace: z.string().nullable(),
			colorTransfer: z.string().nullable(),
			colorPrimaries: z.string().nullable(),
			frames: z.number().nullable(),
			gop: z.object({ keyframes: z.number(), maxFrames: z.number().nullable(), meanFrames: z.number().nullable() }),
			editList: z.boolean().nullable(),
			...streamTimes,
		})
		.nullable(),
	audio: z
		.object({
			codec: z.string(),
			profile: z.string().nullable(),
			sampleRate: z.number(),
			channels: z.number(),
			editList: z.boolean().nullable(),
			signalledDelaySamples: z.number(),
			...streamTimes,
		})
		.nullable(),
	sync: z
		.object({
			/** Positive: the sound comes late. */
			avOffsetMs: z.number(),
			correlation: z.number(),
			/** How the encoder delay of the delivered audio is compensated. */
			delayHandling: z.enum(['edit-list', 'advanced', 'codec-pre-skip', 'none-needed']),
			/** Samples of encoder delay dropped from the produced mix before encoding (Remotion's AAC priming; 0 for a PCM mix). */
			droppedDelaySamples: z.number(),
		})
		.nullable(),
	loudness: z
		.object({
			/** null: silence, nothing for the meter's gate to measure. */
			integratedLufs: z.number().nullable(),
			truePeakDbtp: z.number().nullable(),
			rangeLu: z.number().nullable(),
			targetLufs: z.number().nullable(),
			truePeakLimitDbtp: z.number().nullable(),
			/** The mix as rendered, before the gain and limiter. */
			renderedLufs: z.number().nullable(),
			renderedTruePeakDbtp: z.number().nullable(),
			gainDb: z.number(),
		})
		.nullable(),
	finishMs: z.number(),
});
export type DeliveryReport = z.infer<typeof deliveryReportSchema>;
