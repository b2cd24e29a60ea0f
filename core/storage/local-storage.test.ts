import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalStorage } from './local-storage.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-storage-'));

describe('local storage', () => {
	it.each(['../etc/passwd', '/etc/passwd', 'renders/../../x', '.hidden/file', 'a//b', 'a\\b', ''])('rejects the key %j', (key) => {
		const storage = createLocalStorage(tempDir());
		expect(() => storage.pathOf(key)).toThrow(/"key" must be a relative path/);
	});

	it('moves a finished file into place and removes the source', async () => {
		const storage = createLocalStorage(tempDir());
		const source = path.join(tempDir(), 'out.mp4');
		fs.writeFileSync(source, 'video bytes');
		const { sizeBytes } = await storage.putFile('renders/abc.mp4', source);
		expect(sizeBytes).toBe(11);
		expect(fs.readFileSync(storage.pathOf('renders/abc.mp4'), 'utf8')).toBe('video bytes');
		expect(fs.existsSync(source)).toBe(false);
		expect(fs.readdirSync(path.join(storage.root, 'renders'))).toEqual(['abc.mp4']);
	});
});
