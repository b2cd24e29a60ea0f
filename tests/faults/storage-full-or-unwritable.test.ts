import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../core/media/probe-media.js';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

// A real small filesystem (tmpfs, 400 KiB) as the storage directory; needs root, as CI and the dev machines run.
const storageDir = makeTempDir('small-disk');
let stack: TestStack;

beforeAll(async () => {
	execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', storageDir]);
	// The test stack writes its 3 s sample clip there too.
	stack = await startTestStack({ env: { STORAGE_DIR: storageDir } });
});
afterAll(async () => {
	await stack?.stop();
	execFileSync('chattr', ['-i', path.join(storageDir, 'renders')], { stdio: 'ignore' });
	execFileSync('umount', [storageDir]);
});

const renderOnce = async (seconds = 1) => {
	const created = await stack.client.renders.create.mutate({
		template: 'captioned-clip',
		props: smallCaptionedClipProps(stack.sampleClipSrc, seconds),
		output: { scale: 0.2 },
	});
	return waitFor(
		`render ${created.id}`,
		async () => {
			const render = await stack.client.renders.get.query({ id: created.id });
			return render.status === 'done' || render.status === 'failed' ? render : undefined;
		},
		120_000,
	);
};

describe('a storage directory that is full or cannot be written', () => {
	it('fails the render with that reason and leaves earlier outputs intact', async () => {
		const first = await renderOnce();
		expect(first.status).toBe('done');
		const firstFile = path.join(storageDir, 'renders', `${first.id}.mp4`);
		const firstSize = fs.statSync(firstFile).size;

		// Fill the disk.
		const free = Number(execFileSync('df', ['--output=avail', '-B1', storageDir]).toString().split('\n')[1]);
		fs.writeFileSync(path.join(storageDir, 'filler'), Buffer.alloc(Math.max(0, free - 4096)));
		const full = await renderOnce();
		expect(full.status).toBe('failed');
		expect(full.error).toMatch(/ENOSPC: no space left on device/);

		// Make it unwritable instead (immutable: even root cannot add files).
		fs.rmSync(path.join(storageDir, 'filler'));
		execFileSync('chattr', ['+i', path.join(storageDir, 'renders')]);
		const readOnly = await renderOnce();
		expect(readOnly.status).toBe('failed');
		expect(readOnly.error).toMatch(/EPERM|EACCES/);

		// Only the first render's files (its video and caption sidecars): the failed ones left nothing behind.
		const stored = fs.readdirSync(path.join(storageDir, 'renders'));
		expect(stored).toContain(`${first.id}.mp4`);
		expect(stored.filter((name) => !name.startsWith(`${first.id}.`))).toEqual([]);
		expect(fs.statSync(firstFile).size).toBe(firstSize);
		expect((await probeMedia(firstFile)).video?.codec).toBe('h264');
	});
});
