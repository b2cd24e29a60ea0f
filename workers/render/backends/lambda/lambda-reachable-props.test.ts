import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLinks } from '../../../../core/links/create-file-links.js';
import { verifySignedPath } from '../../../../core/links/sign-path.js';
import { createLocalStorage } from '../../../../core/storage/local/create-local-storage.js';
import { scopeStorage } from '../../../../core/workspaces/scope-storage.js';
import { lambdaReachableProps } from './lambda-reachable-props.js';
import { lambdaStorageUrls } from './lambda-storage-urls.js';

const SECRET = 'test-secret';
const storageWith = async (key: string) => {
	const root = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-lambda-')));
	const storage = scopeStorage(root, 'acme');
	const source = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-lambda-src-')), 'clip.mp4');
	fs.writeFileSync(source, 'clip');
	await storage.putFile(key, source);
	return storage;
};
const urlsOn = async (publicUrl: string | null) =>
	lambdaStorageUrls({
		storage: await storageWith('clips/ab-cd.mp4'),
		links: publicUrl ? createFileLinks({ baseUrl: publicUrl, secret: SECRET, ttlSeconds: 600 }) : null,
		publicUrl,
		expiresInSeconds: 600,
	});

describe('lambdaReachableProps over local storage', () => {
	it("maps storage keys to signed links on PUBLIC_URL's /files route (in the workspace's folder) and keeps public URLs", async () => {
		const props = { background: { src: 'storage:clips/ab-cd.mp4' }, music: { src: 'https://cdn.example.com/song.mp3' } };
		const reachable = (await lambdaReachableProps(props, await urlsOn('https://reelforge.example.com/base'))) as typeof props;
		expect(reachable.music.src).toBe('https://cdn.example.com/song.mp3');
		const link = new URL(reachable.background.src);
		expect(`${link.origin}${link.pathname}`).toBe('https://reelforge.example.com/base/files/workspaces/acme/clips/ab-cd.mp4');
		// The link opens the file without a key: its signature is the one /files checks.
		expect(verifySignedPath(SECRET, 'files/workspaces/acme/clips/ab-cd.mp4', link.searchParams)).toEqual({ ok: true });
	});

	it.each([['http://127.0.0.1:8080/a.mp4'], ['http://10.0.0.5/a.mp4'], ['http://localhost/a.mp4'], ['http://nas.local/a.mp4'], ['file:///etc/passwd']])(
		'refuses %s, naming it',
		async (src) => {
			await expect(lambdaReachableProps({ clip: { src } }, await urlsOn('https://reelforge.example.com'))).rejects.toThrow(`Lambda cannot fetch "${src}"`);
		},
	);

	it('refuses storage media when there is neither a bucket nor a public address for AWS to fetch it from', async () => {
		const props = { clip: { src: 'storage:clips/ab-cd.mp4' } };
		await expect(lambdaReachableProps(props, await urlsOn(null))).rejects.toThrow('keep files in a bucket (STORAGE_S3_BUCKET) or set PUBLIC_URL');
		await expect(lambdaReachableProps(props, await urlsOn('http://127.0.0.1:3000'))).rejects.toThrow('(it is http://127.0.0.1:3000)');
	});

	it('refuses a storage key that names nothing, before Lambda is called', async () => {
		await expect(lambdaReachableProps({ clip: { src: 'storage:clips/missing.mp4' } }, await urlsOn('https://reelforge.example.com'))).rejects.toThrow(
			`"storage:clips/missing.mp4": it names nothing in this workspace's storage`,
		);
	});
});
