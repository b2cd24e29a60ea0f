import fs from 'node:fs';
import path from 'node:path';
import { decodePcm } from '../../../core/audio/decode-pcm.js';
import { findAudioOffset } from '../../../core/audio/find-audio-offset.js';
import { measureFileLoudness, measureLoudness, SILENT_LUFS } from '../../../core/audio/measure-loudness.js';
import { normaliseMixLoudness } from '../../../core/audio/normalise-mix-loudness.js';
import type { PcmAudio } from '../../../core/audio/pcm-audio.js';
import type { DeliveryReport } from '../../../core/delivery/delivery-report.js';
import type { ResolvedDelivery } from '../../../core/delivery/resolve-delivery.js';
import { probeDeliveredFile } from '../../../core/media/probe-delivered-file.js';
import type { ProducedVideo } from '../render-attempt.js';
import { type EncodedDelivery, encodeDeliveredFile } from './encode-delivered-file.js';
import { MIX_SAMPLE_RATE, readMix } from './read-mix.js';
import { writePoster } from './write-poster.js';
import { writeSoundtrack } from './write-soundtrack.js';

/** One file the render delivers, in scratch space until it is stored. */
export type DeliveredFile = { kind: 'video' | 'audio' | 'poster'; path: string; extension: string; contentType: string };

export type FinishedDelivery = { files: DeliveredFile[]; report: DeliveryReport };

export type FinishInput = {
	produced: Pick<ProducedVideo, 'file' | 'audio' | 'video'>;
	delivery: ResolvedDelivery;
	/** Where the delivered files are written (the render's scratch space); named after `name`. */
	dir: string;
	name: string;
	signal?: AbortSignal;
};

// AAC can put the true peak a little above the limiter's: start under the limit, and lower it by what encoding added.
const CODEC_MARGIN_DB = 0.5;
const MAX_GAIN_PASSES = 3;

// Silence measures -inf, which JSON (and the database) cannot hold.
const finiteOrNull = (value: number) => (Number.isFinite(value) && value > SILENT_LUFS ? value : null);

const scaled = (audio: PcmAudio, gainDb: number): PcmAudio => {
	const factor = 10 ** (gainDb / 20);
	return { ...audio, samples: audio.samples.map((sample) => sample * factor) };
};

/** The mix at the delivery's loudness (or as rendered when it asks for none), with its loudness before and after. */
const mixLevels = async (mix: PcmAudio, delivery: ResolvedDelivery, ceilingDbtp: number, signal?: AbortSignal) => {
	if (!delivery.loudness) {
		const measured = await measureLoudness(mix, signal);
		return { audio: mix, before: measured, after: measured, gainDb: 0 };
	}
	const normalised = await normaliseMixLoudness(mix, { targetLufs: delivery.loudness.targetLufs, ceilingDbtp, signal });
	return { audio: normalised.audio, before: normalised.before, after: normalised.after, gainDb: normalised.gainDb };
};

/**
 * The step between a backend's produced file and storage, for every backend: takes the mix the picture was rendered
 * with (dropping the encoder delay its producer played as sound), brings the whole mix to the loudness target with a
 * true-peak limiter that moves nothing in time, encodes it once with its delay signalled beside the picture copied
 * untouched, then measures the result (ffprobe, A/V offset by cross-correlation, EBU R128) and writes the extra files
 * asked for (soundtrack alone, poster). What it measured is the delivery report.
 */
export const finishDeliveredFile = async ({ produced, delivery, dir, name, signal }: FinishInput): Promise<FinishedDelivery> => {
	const started = Date.now();
	const { spec } = delivery;
	const seconds = produced.video.durationInFrames / produced.video.fps;
	const video = path.join(dir, `${name}.delivered.${spec.extension}`);
	const files: DeliveredFile[] = [{ kind: 'video', path: video, extension: spec.extension, contentType: spec.contentType }];
	let sync: DeliveryReport['sync'] = null;
	let loudness: DeliveryReport['loudness'] = null;
	let finalMix: PcmAudio | null = null;

	if (spec.audio === null || !produced.audio) {
		await fs.promises.copyFile(produced.file, video);
	} else {
		const mix = await readMix(produced.audio, seconds, signal);
		const limit = delivery.loudness?.truePeakDbtp ?? null;
		let leveled = await mixLevels(mix.audio, delivery, limit === null ? 0 : limit - CODEC_MARGIN_DB, signal);
		let encoded: EncodedDelivery = await encodeDeliveredFile({ picture: produced.file, mix: leveled.audio, encoding: delivery, output: video, signal });
		let measured = await measureFileLoudness(video, signal);
		if (limit !== null && Number.isFinite(measured.truePeakDbtp) && measured.truePeakDbtp > limit) {
			// Encoding added more than the margin: limit again under the limit by what it added, and encode again.
			const added = measured.truePeakDbtp - leveled.after.truePeakDbtp;
			leveled = await mixLevels(mix.audio, delivery, limit - added - 0.1, signal);
			encoded = await encodeDeliveredFile({ picture: produced.file, mix: leveled.audio, encoding: delivery, output: video, signal });
			measured = await measureFileLoudness(video, signal);
		}
		for (let pass = 0; pass < MAX_GAIN_PASSES && limit !== null && Number.isFinite(measured.truePeakDbtp) && measured.truePeakDbtp > limit; pass++) {
			// Still over (impulsive sound that the limiter itself distorts): the peak limit wins over loudness, with a plain gain.
			const gainDb = -(measured.truePeakDbtp - limit + 0.1);
			leveled = { ...leveled, audio: scaled(leveled.audio, gainDb), gainDb: leveled.gainDb + gainDb };
			encoded = await encodeDeliveredFile({ picture: produced.file, mix: leveled.audio, encoding: delivery, output: video, signal });
			measured = await measureFileLoudness(video, signal);
		}
		finalMix = leveled.audio;
		const heard = await decodePcm(video, { channels: 2, sampleRate: MIX_SAMPLE_RATE, signal });
		const offset = findAudioOffset(leveled.audio, heard);
		sync = offset
			? { avOffsetMs: offset.offsetMs, correlation: offset.correlation, delayHandling: encoded.delayHandling, droppedDelaySamples: mix.droppedDelaySamples }
			: null;
		loudness = {
			integratedLufs: finiteOrNull(measured.integratedLufs),
			truePeakDbtp: finiteOrNull(measured.truePeakDbtp),
			rangeLu: finiteOrNull(measured.rangeLu),
			targetLufs: delivery.loudness?.targetLufs ?? null,
			truePeakLimitDbtp: limit,
			renderedLufs: finiteOrNull(leveled.before.integratedLufs),
			renderedTruePeakDbtp: finiteOrNull(leveled.before.truePeakDbtp),
			gainDb: leveled.gainDb,
		};
	}

	if (finalMix && delivery.audioFile) {
		const soundtrack = path.join(dir, `${name}.audio.${delivery.audioFile}`);
		await writeSoundtrack({ mix: finalMix, format: delivery.audioFile, bitrate: delivery.audioBitrate, output: soundtrack, signal });
		files.push({
			kind: 'audio',
			path: soundtrack,
			extension: `audio.${delivery.audioFile}`,
			contentType: delivery.audioFile === 'mp3' ? 'audio/mpeg' : 'audio/mp4',
		});
	}
	if (delivery.poster) {
		const extension = delivery.poster.format === 'png' ? 'png' : 'jpg';
		const poster = path.join(dir, `${name}.poster.${extension}`);
		await writePoster({
			video,
			encoding: delivery,
			atSeconds: Math.min(delivery.poster.atSeconds, Math.max(0, seconds - 1 / produced.video.fps)),
			format: delivery.poster.format,
			output: poster,
			signal,
		});
		files.push({ kind: 'poster', path: poster, extension: `poster.${extension}`, contentType: delivery.poster.format === 'png' ? 'image/png' : 'image/jpeg' });
	}

	const probe = await probeDeliveredFile(video);
	const report: DeliveryReport = {
		format: delivery.format,
		container: probe.container,
		sizeBytes: probe.sizeBytes,
		durationSeconds: probe.durationSeconds,
		bitrate: probe.bitrate,
		video: probe.video,
		audio: probe.audio,
		sync,
		loudness,
		finishMs: Date.now() - started,
	};
	return { files, report };
};
