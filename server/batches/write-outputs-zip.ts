import type { Readable, Writable } from 'node:stream';
import zlib from 'node:zlib';

/** One file of the archive: its size (from storage) and a way to read it once. */
export type ZipEntry = { name: string; sizeBytes: number; open: () => Promise<Readable> };

const dosDateTime = (date: Date) => ({
	time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
	date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
});

const write = (out: Writable, data: Buffer) => new Promise<void>((resolve, reject) => out.write(data, (error) => (error ? reject(error) : resolve())));

/** General purpose flags: UTF-8 names (bit 11), CRC in a data descriptor after the data (bit 3). */
const FLAGS = 0x0800 | 0x0008;

/**
 * Streams a ZIP of the files, stored without compression (MP4s are compressed already), reading each file once
 * (from disk or the bucket): its CRC follows its data in a data descriptor. At most one chunk in memory at a time.
 * Plain ZIP (not ZIP64): every file and the archive must stay under 4 GiB.
 */
export const writeOutputsZip = async (entries: readonly ZipEntry[], out: Writable): Promise<void> => {
	const central: Buffer[] = [];
	let offset = 0;
	const { time, date } = dosDateTime(new Date());
	for (const entry of entries) {
		const size = entry.sizeBytes;
		const name = Buffer.from(entry.name, 'utf8');
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(FLAGS, 6);
		local.writeUInt16LE(0, 8); // stored
		local.writeUInt16LE(time, 10);
		local.writeUInt16LE(date, 12);
		// CRC and sizes are in the data descriptor (bit 3); sizes are repeated here since they are known.
		local.writeUInt32LE(0, 14);
		local.writeUInt32LE(size, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(name.length, 26);
		await write(out, Buffer.concat([local, name]));
		let crc = 0;
		let written = 0;
		for await (const chunk of await entry.open()) {
			crc = zlib.crc32(chunk as Buffer, crc);
			written += (chunk as Buffer).length;
			await write(out, chunk as Buffer);
		}
		if (written !== size) throw new Error(`${entry.name} changed while it was zipped (${written} bytes, expected ${size})`);
		const descriptor = Buffer.alloc(16);
		descriptor.writeUInt32LE(0x08074b50, 0);
		descriptor.writeUInt32LE(crc >>> 0, 4);
		descriptor.writeUInt32LE(size, 8);
		descriptor.writeUInt32LE(size, 12);
		await write(out, descriptor);
		const header = Buffer.alloc(46);
		header.writeUInt32LE(0x02014b50, 0);
		header.writeUInt16LE(20, 4);
		header.writeUInt16LE(20, 6);
		header.writeUInt16LE(FLAGS, 8);
		header.writeUInt16LE(0, 10);
		header.writeUInt16LE(time, 12);
		header.writeUInt16LE(date, 14);
		header.writeUInt32LE(crc >>> 0, 16);
		header.writeUInt32LE(size, 20);
		header.writeUInt32LE(size, 24);
		header.writeUInt16LE(name.length, 28);
		header.writeUInt32LE(offset, 42);
		central.push(Buffer.concat([header, name]));
		offset += 30 + name.length + size + descriptor.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	await write(out, Buffer.concat([directory, end]));
};
