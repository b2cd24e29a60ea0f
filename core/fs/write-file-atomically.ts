import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

/** Writes `content` to a temporary file beside `file` and renames it over `file`: a reader sees the old or the new content, never half of it. */
export const writeFileAtomically = (file: string, content: string): void => {
	const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
	try {
		fs.writeFileSync(temporary, content);
		fs.renameSync(temporary, file);
	} finally {
		fs.rmSync(temporary, { force: true });
	}
};
