import zlib from 'node:zlib';

const chunk = (type: string, data: Buffer) => {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(zlib.crc32(body));
	return Buffer.concat([length, body, crc]);
};

/** Encodes RGB24 pixels as a PNG (the bundled ffmpeg reads PNG streams, not raw video). */
export const encodePng = (rgb: Buffer, width: number, height: number): Buffer => {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, default compression/filter/interlace
	const stride = width * 3;
	const scanlines = Buffer.alloc((stride + 1) * height);
	for (let y = 0; y < height; y++) rgb.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(scanlines, { level: 1 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
};
