import fs from 'node:fs';
import { encodeFloatWav } from '../../../core/audio/encode-wav.js';
import type { PcmAudio } from '../../../core/audio/pcm-audio.js';
import { runFfmpeg } from '../../../core/audio/run-ffmpeg.js';

const MP3_MAX_KBPS = 320;

/**
 * The delivered mix alone: MP3 (LAME, whose Info header carries its encoder delay for players to skip) or AAC in an
 * M4A (delay in an edit list), from the same PCM as the video's audio.
 */
export const writeSoundtrack = async ({
	mix,
	format,
	bitrate,
	output,
	signal,
}: {
	mix: PcmAudio;
	format: 'mp3' | 'm4a';
	bitrate: string;
	output: string;
	signal?: AbortSignal;
}) => {
	const wav = `${output}.wav`;
	await fs.promises.writeFile(wav, encodeFloatWav(mix));
	try {
		const kbps = Math.min(Number.parseInt(bitrate, 10), format === 'mp3' ? MP3_MAX_KBPS : Number.POSITIVE_INFINITY);
		const codec =
			format === 'mp3' ? ['-c:a', 'libmp3lame', '-b:a', `${kbps}k`, '-f', 'mp3'] : ['-c:a', 'aac', '-b:a', `${kbps}k`, '-movflags', '+faststart', '-f', 'mp4'];
		await runFfmpeg(['-v', 'error', '-y', '-i', wav, ...codec, output], { signal });
	} finally {
		await fs.promises.rm(wav, { force: true });
	}
};
