import { decodePcm } from '../../../core/audio/decode-pcm.js';
import type { PcmAudio } from '../../../core/audio/pcm-audio.js';
import { readMp4EditLists } from '../../../core/media/read-mp4-edit-lists.js';
import type { ProducedAudio } from '../render-attempt.js';

export const MIX_SAMPLE_RATE = 48_000;
const CHANNELS = 2;

export type Mix = { audio: PcmAudio; droppedDelaySamples: number };

/** Whether the file's container already tells players to skip its encoder delay (an MP4 edit list starting later than 0). */
const signalsDelay = async (file: string) => {
	const tracks = await readMp4EditLists(file).catch(() => null);
	return tracks?.some((track) => track.handler === 'soun' && track.edits?.some((edit) => edit.mediaTime > 0)) ?? false;
};

/**
 * The mix a video was rendered with, as 48 kHz stereo float PCM exactly `seconds` long, with the encoder delay its
 * producer wrote as sound dropped from the start, so that sample n is heard at n / 48000 s of the picture. A file that
 * signals its delay itself (a later Remotion writing edit lists) is trusted instead, so the delay is never dropped twice.
 */
export const readMix = async (produced: ProducedAudio, seconds: number, signal?: AbortSignal): Promise<Mix> => {
	const decoded = await decodePcm(produced.file, { channels: CHANNELS, sampleRate: MIX_SAMPLE_RATE, signal });
	const drop = produced.encoderDelaySamples > 0 && !(await signalsDelay(produced.file)) ? produced.encoderDelaySamples : 0;
	const frames = Math.round(seconds * MIX_SAMPLE_RATE);
	const samples = new Float32Array(frames * CHANNELS);
	samples.set(decoded.samples.subarray(drop * CHANNELS, (drop + frames) * CHANNELS));
	return { audio: { samples, channels: CHANNELS, sampleRate: MIX_SAMPLE_RATE }, droppedDelaySamples: drop };
};
