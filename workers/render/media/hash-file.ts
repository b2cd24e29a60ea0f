import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';

/** The SHA-256 of a file's content, hex: what derived media (proxies, reframe paths) is cached by, wherever the file came from. */
export const hashFile = async (file: string): Promise<string> => {
	const hash = createHash('sha256');
	await pipeline(fs.createReadStream(file), hash);
	return hash.digest('hex');
};
