import zlib from 'node:zlib';
import type { RgbFrame } from './decode-video-frames.js';

const paeth = (a: number, b: number, c: number) => {
	const p = a + b - c;
	const pa = Math.abs(p - a);
	const pb = Math.abs(p - b);
	const pc = Math.abs(p - c);
	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/**
 * An 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are) decoded in-process to RGB24:
 * fast enough to poll a page's pixels every few milliseconds, which spawning ffmpeg (decodePng) is not.
 */
export const decodePngBuffer = (png: Buffer): RgbFrame => {
	let offset = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const data: Buffer[] = [];
	while (offset < png.length) {
		const length = png.readUInt32BE(offset);
		const type = png.toString('ascii', offset + 4, offset + 8);
		const chunk = png.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') {
			width = chunk.readUInt32BE(0);
			height = chunk.readUInt32BE(4);
			const [bitDepth, colorType, , , interlace] = [chunk[8], chunk[9], chunk[10], chunk[11], chunk[12]];
			if (bitDepth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6))
				throw new Error(`unsupported PNG (depth ${bitDepth}, colour type ${colorType})`);
			channels = colorType === 6 ? 4 : 3;
		} else if (type === 'IDAT') data.push(chunk);
		else if (type === 'IEND') break;
		offset += 12 + length;
	}
	const raw = zlib.inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const current = Buffer.alloc(stride);
	let previous = Buffer.alloc(stride);
	const pixels = Buffer.alloc(width * height * 3);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		for (let x = 0; x < stride; x++) {
			const left = x >= channels ? (current[x - channels] ?? 0) : 0;
			const up = previous[x] ?? 0;
			const upLeft = x >= channels ? (previous[x - channels] ?? 0) : 0;
			const value = line[x] ?? 0;
			const predicted = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0;
			current[x] = (value + predicted) & 0xff;
		}
		for (let x = 0; x < width; x++) current.copy(pixels, (y * width + x) * 3, x * channels, x * channels + 3);
		previous = Buffer.from(current);
	}
	return { width, height, pixels };
};
