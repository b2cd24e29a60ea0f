import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';

/** sha256 of a file's bytes, streamed: the same clip under another name or URL is the same media. */
export const hashFile = async (file: string): Promise<string> => {
	const hash = createHash('sha256');
	await pipeline(fs.createReadStream(file), hash);
	return hash.digest('hex');
};
