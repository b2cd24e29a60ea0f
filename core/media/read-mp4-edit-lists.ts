import fs from 'node:fs';

export type Mp4Track = {
	/** 'vide', 'soun', … from the track's handler. */
	handler: string;
	/** Units per second of the track's media times. */
	timescale: number;
	/** The track's edit list (elst), or null when it has none: each entry's media_time says where presentation starts. */
	edits: { segmentDuration: number; mediaTime: number }[] | null;
};

type Box = { type: string; start: number; end: number; body: number };

const boxesIn = (buffer: Buffer, from: number, to: number): Box[] => {
	const boxes: Box[] = [];
	for (let at = from; at + 8 <= to; ) {
		let size = buffer.readUInt32BE(at);
		const type = buffer.toString('latin1', at + 4, at + 8);
		let body = at + 8;
		if (size === 1) {
			size = Number(buffer.readBigUInt64BE(at + 8));
			body = at + 16;
		} else if (size === 0) size = to - at;
		if (size < 8 || at + size > to) break;
		boxes.push({ type, start: at, end: at + size, body });
		at += size;
	}
	return boxes;
};

const child = (buffer: Buffer, box: Box, type: string) => boxesIn(buffer, box.body, box.end).find((b) => b.type === type);

/** The top-level moov box of an MP4/MOV, read from wherever it sits (front with faststart, end without). */
const readMoov = async (file: string): Promise<Buffer | null> => {
	const handle = await fs.promises.open(file, 'r');
	try {
		const { size } = await handle.stat();
		const header = Buffer.alloc(16);
		for (let at = 0; at + 8 <= size; ) {
			await handle.read(header, 0, 16, at);
			let boxSize = header.readUInt32BE(0);
			const type = header.toString('latin1', 4, 8);
			if (boxSize === 1) boxSize = Number(header.readBigUInt64BE(8));
			else if (boxSize === 0) boxSize = size - at;
			if (boxSize < 8) return null;
			if (type === 'moov') {
				const moov = Buffer.alloc(boxSize);
				await handle.read(moov, 0, boxSize, at);
				return moov;
			}
			at += boxSize;
		}
		return null;
	} finally {
		await handle.close();
	}
};

/**
 * Each track of an MP4 or QuickTime file with its edit list, read from the file's boxes (ffprobe does not show them):
 * how the delivered file signals its AAC encoder delay, and whether a platform that forbids edit lists gets none.
 * Null when the file is not ISO-BMFF (WebM, GIF).
 */
export const readMp4EditLists = async (file: string): Promise<Mp4Track[] | null> => {
	const moov = await readMoov(file);
	if (!moov) return null;
	const root: Box = { type: 'moov', start: 0, end: moov.length, body: 8 };
	return boxesIn(moov, root.body, root.end)
		.filter((box) => box.type === 'trak')
		.map((trak) => {
			const mdia = child(moov, trak, 'mdia');
			const hdlr = mdia ? child(moov, mdia, 'hdlr') : undefined;
			const mdhd = mdia ? child(moov, mdia, 'mdhd') : undefined;
			const handler = hdlr ? moov.toString('latin1', hdlr.body + 8, hdlr.body + 12) : '';
			const mdhdVersion = mdhd ? moov.readUInt8(mdhd.body) : 0;
			const timescale = mdhd ? moov.readUInt32BE(mdhd.body + (mdhdVersion === 1 ? 20 : 12)) : 0;
			const edts = child(moov, trak, 'edts');
			const elst = edts ? child(moov, edts, 'elst') : undefined;
			if (!elst) return { handler, timescale, edits: null };
			const version = moov.readUInt8(elst.body);
			const count = moov.readUInt32BE(elst.body + 4);
			const edits: Mp4Track['edits'] = [];
			for (let i = 0, at = elst.body + 8; i < count; i++) {
				if (version === 1) {
					edits.push({ segmentDuration: Number(moov.readBigUInt64BE(at)), mediaTime: Number(moov.readBigInt64BE(at + 8)) });
					at += 20;
				} else {
					edits.push({ segmentDuration: moov.readUInt32BE(at), mediaTime: moov.readInt32BE(at + 4) });
					at += 12;
				}
			}
			return { handler, timescale, edits };
		});
};
