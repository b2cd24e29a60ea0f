import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The secret kept in `file`, made with `make` on first use (mode 0600), so that the API and every worker on this machine
 * share it. Written aside and linked into place: link fails if another process got there first, and no reader ever sees a
 * half-written file. Never log what this returns.
 */
export const secretInFile = (file: string, make: () => string, hint: string): string => {
	const existing = readSecret(file);
	if (existing) return existing;
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
	fs.writeFileSync(draft, `${make()}\n`, { mode: 0o600, flag: 'wx' });
	try {
		fs.linkSync(draft, file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	} finally {
		fs.rmSync(draft, { force: true });
	}
	const secret = readSecret(file);
	if (!secret) throw new Error(`${file} is empty; delete it or ${hint}`);
	return secret;
};

const readSecret = (file: string): string | null => {
	try {
		return fs.readFileSync(file, 'utf8').trim() || null;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
};
