import { runFfmpeg } from '../../../core/audio/run-ffmpeg.js';
import type { DeliveryEncoding } from '../../../core/delivery/resolve-encoding.js';

/** How the delivered picture's YUV reads back as RGB: the matrix and range it was encoded with, never ffmpeg's BT.601 guess. */
const inputColourOf = (encoding: DeliveryEncoding) => {
	if (encoding.spec.remotionCodec === 'gif') return '';
	return encoding.colorSpace === 'bt709' ? 'in_color_matrix=bt709:in_range=tv' : 'in_color_matrix=bt601:in_range=pc';
};

/**
 * One frame of the delivered video as a still at `atSeconds` (the frame shown at that time): PNG in RGB (RGBA when
 * transparent), or JPEG in its own full-range BT.601, converted from the video's own colour so it matches the video.
 */
export const writePoster = async ({
	video,
	encoding,
	atSeconds,
	format,
	output,
	signal,
}: {
	video: string;
	encoding: DeliveryEncoding;
	atSeconds: number;
	format: 'png' | 'jpeg';
	output: string;
	signal?: AbortSignal;
}) => {
	const from = inputColourOf(encoding);
	const convert =
		format === 'png'
			? `scale=${from ? `${from}:` : ''}out_range=pc,format=${encoding.transparent ? 'rgba' : 'rgb24'}`
			: `scale=${from ? `${from}:` : ''}out_color_matrix=bt601:out_range=pc,format=yuvj420p`;
	const codec = format === 'png' ? ['-c:v', 'png'] : ['-c:v', 'mjpeg', '-q:v', '2'];
	// ffmpeg's own VP9 decoder drops the alpha plane; libvpx keeps it.
	const decoder = encoding.transparent && encoding.spec.remotionCodec === 'vp9' ? ['-c:v', 'libvpx-vp9'] : [];
	await runFfmpeg(
		['-v', 'error', '-y', '-ss', atSeconds.toFixed(3), ...decoder, '-i', video, '-frames:v', '1', '-vf', convert, ...codec, '-f', 'image2', output],
		{ signal },
	);
};
