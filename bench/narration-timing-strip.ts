// Usage: node --import tsx bench/narration-timing-strip.ts <compositions dir> <out.png> <before|after>
// A contact sheet (a frame every half second) of a narrated clip-story, rendered from the given compositions folder:
// this tree's, or another revision's (git archive HEAD compositions | tar -x -C DIR) to compare before and after.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { renderMedia, selectComposition } from '@remotion/renderer';
import { allowJsExtensionImports } from '../compositions/allow-js-extension-imports.js';
import { makeSampleClip } from '../core/media/make-sample-clip.js';

const [compositionsDir, outPng, mode] = process.argv.slice(2);
if (!compositionsDir || !outPng || (mode !== 'before' && mode !== 'after')) throw new Error('usage: <compositions dir> <out.png> <before|after>');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-strip-'));
const clip = path.join(work, 'clip.mp4');
await makeSampleClip(clip, { seconds: 8, width: 360, height: 640, fps: 30 });
const server = http.createServer((_req, res) => {
	res.writeHead(200, { 'content-type': 'video/mp4', 'access-control-allow-origin': '*' });
	fs.createReadStream(clip).pipe(res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const src = `http://127.0.0.1:${(server.address() as AddressInfo).port}/clip.mp4`;

// Three sentences at a speaking pace, as the voiceover's timings give them.
const sentences = ['Three edits changed my videos.', 'The second one doubled my watch time.', 'Follow for part two.'];
const words: { text: string; startMs: number; endMs: number; emphasis: boolean }[] = [];
const parts: { kind: 'hook' | 'beat'; startMs: number; endMs: number }[] = [];
let at = 200;
for (const [index, sentence] of sentences.entries()) {
	const start = at;
	for (const text of sentence.replace(/[.]/g, '').split(' ')) {
		words.push({ text, startMs: at, endMs: at + 340, emphasis: text === 'doubled' });
		at += 380;
	}
	parts.push({ kind: index === 0 ? 'hook' : 'beat', startMs: start, endMs: at - 40 });
	at += 250;
}
// Before: plain text became one hook spanning the whole narration. After: hook, then beats, by sentence.
const segments = mode === 'before' ? [{ kind: 'hook', startMs: 200, endMs: at - 290 }] : parts;
const given = {
	clips: [{ src }, { src, trimStartSeconds: 3 }],
	hook: { text: 'I tried 3 editing tricks' },
	endCard: { text: 'Follow for part 2' },
	interrupts: { mode: 'off' },
	captions: { words },
	segments,
};
// Parsed by that revision's own schema, as the worker does before rendering (defaults filled in).
const { findTemplate } = (await import(path.join(path.resolve(compositionsDir), 'templates.ts'))) as typeof import('../compositions/templates.js');
const props = findTemplate('clip-story')?.schema.parse(given) as Record<string, unknown>;

const serveUrl = await bundle({
	entryPoint: path.join(path.resolve(compositionsDir), 'index.ts'),
	rspack: true,
	enableCaching: false,
	rspackOverride: allowJsExtensionImports,
});
const browser = { browserExecutable: '/usr/bin/chromium-headless-shell', chromeMode: 'headless-shell' as const };
const composition = await selectComposition({ serveUrl, id: 'clip-story', inputProps: props, ...browser, logLevel: 'error' });
const video = path.join(work, 'video.mp4');
await renderMedia({ serveUrl, composition, inputProps: props, codec: 'h264', outputLocation: video, scale: 0.2, ...browser, logLevel: 'error' });
server.close();
const frames = path.join(work, 'frame-%03d.png');
execFileSync('ffmpeg', ['-v', 'error', '-i', video, '-vf', 'fps=2', frames]);
const count = fs.readdirSync(work).filter((name) => name.startsWith('frame-')).length;
execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', frames, '-vf', `tile=${count}x1`, '-frames:v', '1', outPng]);
console.log(JSON.stringify({ mode, frames: count, durationInFrames: composition.durationInFrames, outPng }));
fs.rmSync(work, { recursive: true, force: true });
