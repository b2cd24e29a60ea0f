import fs from 'node:fs';
import { encodeFloatWav } from '../../../core/audio/encode-wav.js';
import type { PcmAudio } from '../../../core/audio/pcm-audio.js';
import { runFfmpeg } from '../../../core/audio/run-ffmpeg.js';
import type { DeliveryEncoding } from '../../../core/delivery/resolve-encoding.js';
import { readMp4EditLists } from '../../../core/media/read-mp4-edit-lists.js';

/**
 * Samples of priming that ffmpeg's own AAC encoder puts before the first real sample (its initial_padding), at the
 * output rate. With edit lists they are signalled; without, the mix is advanced by them.
 */
export const FFMPEG_AAC_PRIMING_SAMPLES = 1024;

export type EncodedDelivery = { delayHandling: 'edit-list' | 'advanced' | 'codec-pre-skip' | 'none-needed' };

const audioArgsOf = (encoding: DeliveryEncoding): string[] => {
	switch (encoding.spec.audio) {
		case 'aac':
			return ['-c:a', 'aac', '-b:a', encoding.audioBitrate, '-ar', String(encoding.audioSampleRate)];
		case 'opus':
			// Opus runs at 48 kHz whatever the source; its pre-skip (in the WebM header) tells players what to drop.
			return ['-c:a', 'libopus', '-b:a', encoding.audioBitrate, '-ar', '48000'];
		case 'pcm':
			return ['-c:a', 'pcm_s24le', '-ar', String(encoding.audioSampleRate)];
		default:
			return ['-an'];
	}
};

/** Apple players want H.265 in MP4 tagged hvc1 (parameter sets in the sample entry), not hev1. */
const videoTagOf = (encoding: DeliveryEncoding) => (encoding.spec.remotionCodec === 'h265' ? ['-tag:v', 'hvc1'] : []);

/**
 * Writes the delivered file: the produced picture copied bit for bit (never re-encoded) beside the mix encoded once in
 * the format's audio codec. AAC's encoder delay is signalled with an MP4 edit list, which ffmpeg, Chromium's
 * decodeAudioData and its <video> element all honour (tests/integration/delivered-file-sync.test.ts); for platforms
 * whose specs forbid edit lists, the mix is advanced by the delay instead and the first 21 ms of sound are given up.
 */
export const encodeDeliveredFile = async ({
	picture,
	mix,
	encoding,
	output,
	signal,
}: {
	picture: string;
	mix: PcmAudio;
	encoding: DeliveryEncoding;
	output: string;
	signal?: AbortSignal;
}): Promise<EncodedDelivery> => {
	const wav = `${output}.mix.wav`;
	const aac = `${output}.advanced.aac`;
	await fs.promises.writeFile(wav, encodeFloatWav(mix));
	try {
		const common = ['-v', 'error', '-y', '-i', picture];
		const faststart = ['-movflags', '+faststart'];
		if (encoding.spec.audio === 'aac' && !encoding.editLists) {
			// The encoder's priming comes first in the stream and is played as sound: start the mix that much later, so
			// that every later sample lands on its frame. ADTS, so that the muxer cannot write an edit list for it.
			await runFfmpeg(
				[
					'-v',
					'error',
					'-y',
					'-i',
					wav,
					'-af',
					`aresample=${encoding.audioSampleRate},atrim=start_sample=${FFMPEG_AAC_PRIMING_SAMPLES}`,
					...audioArgsOf(encoding),
					'-f',
					'adts',
					aac,
				],
				{ signal },
			);
			await runFfmpeg(
				[
					...common,
					'-i',
					aac,
					'-map',
					'0:v:0',
					'-map',
					'1:a:0',
					'-c',
					'copy',
					...videoTagOf(encoding),
					'-use_editlist',
					'0',
					'-movflags',
					'+faststart+negative_cts_offsets',
					'-f',
					'mp4',
					output,
				],
				{ signal },
			);
			const tracks = await readMp4EditLists(output);
			if (tracks?.some((track) => track.edits !== null))
				throw new Error(`ffmpeg wrote an edit list into ${output}, which preset "${encoding.presetId}" forbids`);
			return { delayHandling: 'advanced' };
		}
		const container = encoding.spec.extension === 'mov' ? 'mov' : encoding.spec.extension === 'webm' ? 'webm' : 'mp4';
		await runFfmpeg(
			[
				...common,
				'-i',
				wav,
				'-map',
				'0:v:0',
				'-map',
				'1:a:0',
				'-c:v',
				'copy',
				...videoTagOf(encoding),
				...audioArgsOf(encoding),
				...(container === 'webm' ? [] : faststart),
				'-f',
				container,
				output,
			],
			{ signal },
		);
		return { delayHandling: encoding.spec.audio === 'aac' ? 'edit-list' : encoding.spec.audio === 'opus' ? 'codec-pre-skip' : 'none-needed' };
	} finally {
		await fs.promises.rm(wav, { force: true });
		await fs.promises.rm(aac, { force: true });
	}
};
