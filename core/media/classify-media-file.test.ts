import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyMediaFile } from './classify-media-file.js';
import { makeSampleClip } from './make-sample-clip.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-classify-'));
const file = (name: string, content: string) => {
	const target = path.join(dir, name);
	fs.writeFileSync(target, content);
	return target;
};

beforeAll(async () => {
	await makeSampleClip(path.join(dir, 'clip.mp4'), { seconds: 1, width: 64, height: 64, fps: 10 });
});

describe('classifyMediaFile', () => {
	it('accepts a real clip and reports its probe', async () => {
		const verdict = await classifyMediaFile(path.join(dir, 'clip.mp4'));
		expect(verdict).toMatchObject({ ok: true, probe: { video: { codec: 'h264', width: 64 } } });
	});

	it.each([
		['page.mp4', '<!DOCTYPE html><html><body>Sign in</body></html>', 'it is not a video, image or audio file (it looks like an HTML page)'],
		['error.mp4', '{"error":"expired"}', 'it is not a video, image or audio file (it looks like a JSON document)'],
		['empty.mp4', '', 'it is not a video, image or audio file (it looks like an empty file)'],
		['noise.mp4', 'just some words, not media', 'it is not a video, image or audio file'],
	])('refuses %s in one line, saying what it looks like', async (name, content, reason) => {
		const logged: unknown[] = [];
		const verdict = await classifyMediaFile(file(name, content), { warn: (...args: unknown[]) => logged.push(args) });
		expect(verdict).toEqual({ ok: false, kind: 'not-media', reason });
		// ffprobe's own words go to the log, with the path; the reason carries neither.
		expect(JSON.stringify(logged)).toContain(name);
	});
});
