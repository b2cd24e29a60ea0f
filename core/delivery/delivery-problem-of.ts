import type { RenderBackendId } from '../contracts/render-backends.js';
import type { RenderOutputOptions } from '../contracts/render-job.js';
import { deliveryPresets } from './delivery-presets.js';
import { formatsWhere, outputFormats } from './output-formats.js';

export type DeliveryProblem = { field: string; message: string };

export type DeliveryFacts = {
	backend: RenderBackendId;
	/** How long the video will be, where the props say it (null: the voice or the clips decide, known only at render). */
	durationSeconds: number | null;
	/** The template's frame size where its props name a format (null: not known before rendering). */
	size: { width: number; height: number } | null;
	gifMaxSeconds: number;
};

const sizeOf = (size: { width: number; height: number }) => `${size.width}x${size.height}`;

/**
 * The first reason a request's output cannot be delivered, naming the field and what is possible instead; null when it
 * can. The API asks before anything is recorded, and the worker again once the video's length is known.
 */
export const deliveryProblemOf = (output: RenderOutputOptions, facts: DeliveryFacts): DeliveryProblem | null => {
	const format = output.format ?? 'mp4-h264';
	const spec = outputFormats[format];
	if (output.transparent && spec.alphaPixelFormat === null) {
		return {
			field: 'output.transparent',
			message: `"${format}" has no alpha channel, so it cannot be transparent; use output.format ${formatsWhere((s) => s.alphaPixelFormat !== null)}, or leave transparent off`,
		};
	}
	if (facts.backend === 'lambda' && !spec.onLambda) {
		return {
			field: 'output.format',
			message: `Lambda renders are delivered as ${formatsWhere((s) => s.onLambda)} only (the one format whose join on Lambda is measured in sync), not "${format}"; render it with backend local or chunked`,
		};
	}
	if (output.chunks > 1 && !spec.joinsChunks) {
		return {
			field: 'output.chunks',
			message: `"${format}" cannot be joined from chunks without re-encoding; set chunks to 1, or use output.format ${formatsWhere((s) => s.joinsChunks)}`,
		};
	}
	if (format === 'gif' && facts.durationSeconds !== null && facts.durationSeconds > facts.gifMaxSeconds) {
		return {
			field: 'output.format',
			message: `a GIF may be at most ${facts.gifMaxSeconds} s long (GIF_MAX_SECONDS), but this video is ${facts.durationSeconds} s; shorten it or use "mp4-h264"`,
		};
	}
	if (output.audioFile && spec.audio === null) {
		return { field: 'output.audioFile', message: `"${format}" has no sound, so there is no soundtrack to deliver; leave audioFile out or use "mp4-h264"` };
	}
	if (output.poster && facts.durationSeconds !== null && output.poster.atSeconds >= facts.durationSeconds) {
		return {
			field: 'output.poster.atSeconds',
			message: `the poster is asked for at ${output.poster.atSeconds} s, but the video is ${facts.durationSeconds} s long; pick a time from 0 to below ${facts.durationSeconds}`,
		};
	}
	if (output.maxBitrate && (spec.remotionCodec === 'prores' || spec.remotionCodec === 'gif')) {
		return {
			field: 'output.maxBitrate',
			message: `"${format}" has no bitrate to cap; maxBitrate applies to ${formatsWhere((s) => ['h264', 'h265', 'vp9'].includes(s.remotionCodec))}`,
		};
	}
	if (output.preset) {
		const preset = deliveryPresets[output.preset];
		if (!(preset.formats as readonly string[]).includes(format)) {
			return {
				field: 'output.format',
				message: `${preset.platform} (preset "${output.preset}") takes ${preset.formats.map((id) => `"${id}"`).join(', ')}, not "${format}"`,
			};
		}
		if (facts.size && facts.size.width * preset.height !== facts.size.height * preset.width) {
			return {
				field: 'output.preset',
				message: `preset "${output.preset}" delivers ${preset.width}x${preset.height}, but this template renders ${sizeOf(facts.size)}: set props.format to match, or pick a preset of that shape`,
			};
		}
	}
	return null;
};
