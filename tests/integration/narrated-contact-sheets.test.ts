import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeVideoFrames, type RgbFrame } from '../support/decode-video-frames.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';
import { waitForRender } from '../support/wait-for-render.js';
import { writeContactSheet } from '../support/write-contact-sheet.js';

/**
 * Watches a narrated render as a viewer would: the frames of the decoded video, with the narration given as plain text.
 * Caption text is pure green, hook and end-card text cards magenta, the end card's ground pure blue; nothing else in
 * these videos is any of them, so what is on screen can be counted in pixels.
 */
const NARRATION = 'Three edits changed my videos. The second one doubled my watch time. Follow for part two.';
const HOOK_WORDS = 5;
// The test stack's sample clip (3 s, 180x320); the tests put in its real src.
const clip = 'CLIP';
const clipB = 'CLIP';
const captions = { style: { textColor: '#00FF00', highlightColor: '#00FF00', emphasisColor: '#00FF00', pillColor: '#000000' } };
const grey = ['#303030', '#505050'];
const templates: { template: string; props: Record<string, unknown>; hookCard?: boolean; endCard?: boolean }[] = [
	{
		template: 'clip-story',
		props: { clips: [{ src: clip }, { src: clipB }], hook: { text: 'Hook' }, endCard: { text: 'Follow', backgroundColor: '#0000FF' }, accentColor: '#FF00FF' },
		hookCard: true,
		endCard: true,
	},
	{
		template: 'listicle',
		props: {
			title: 'Title',
			accentColor: '#FF00FF',
			items: [
				{ text: 'One', clip: { src: clip } },
				{ text: 'Two', clip: { src: clipB } },
			],
		},
		hookCard: true,
	},
	{ template: 'faceless-narration', props: { backgrounds: [{ type: 'gradient', colors: grey }] } },
	{ template: 'split-screen', props: { top: { src: clip }, bottom: { src: clipB } } },
	{ template: 'quote-card', props: { quote: 'Edit less', author: 'Someone', showCaptions: true, colors: grey } },
	{ template: 'captioned-clip', props: { background: { src: clip } } },
];

const share = (frame: RgbFrame, match: (r: number, g: number, b: number) => boolean, region = { x0: 0, x1: 1, y0: 0, y1: 1 }) => {
	let count = 0;
	let total = 0;
	for (let y = Math.floor(region.y0 * frame.height); y < Math.floor(region.y1 * frame.height); y++) {
		for (let x = Math.floor(region.x0 * frame.width); x < Math.floor(region.x1 * frame.width); x++) {
			const i = (y * frame.width + x) * 3;
			if (match(frame.pixels[i] ?? 0, frame.pixels[i + 1] ?? 0, frame.pixels[i + 2] ?? 0)) count++;
			total++;
		}
	}
	return count / Math.max(1, total);
};
const isCaption = (r: number, g: number, b: number) => g > 190 && r < 110 && b < 110;
const isCard = (r: number, g: number, b: number) => r > 190 && b > 190 && g < 90;
const isEndCard = (r: number, g: number, b: number) => b > 190 && r < 60 && g < 60;

let stack: TestStack;
const sheets = process.env.CONTACT_SHEET_DIR ?? makeTempDir('contact-sheets');
beforeAll(async () => {
	stack = await startTestStack();
});
afterAll(async () => {
	await stack?.stop();
});

describe('narrated renders over time (a frame every half second, and each word)', () => {
	it.each(templates)('$template: hook card gone after the hook, every spoken word captioned, end card after the last word', async (spec) => {
		const created = await stack.client.renders.create.mutate({
			template: spec.template,
			props: JSON.parse(JSON.stringify({ ...spec.props, captions, interrupts: { mode: 'off' } }).replaceAll('"CLIP"', JSON.stringify(stack.sampleClipSrc))),
			narration: { text: NARRATION },
			output: { scale: 0.2 },
		});
		const render = await waitForRender(stack.client, created.id, 150_000);
		expect(render.error).toBeNull();
		const row = await stack.db.render.findUniqueOrThrow({ where: { id: render.id }, select: { captionWords: true } });
		const words = row.captionWords as { text: string; startMs: number; endMs: number }[];
		expect(words.map((word) => word.text).join(' ')).toBe(NARRATION.replace(/[.]/g, ''));

		const fps = render.fps ?? 30;
		const file = path.join(stack.config.storageDir, 'renders', `${render.id}.mp4`);
		const frames = await decodeVideoFrames(file, render.width ?? 0, render.height ?? 0);
		const frameAt = (ms: number): RgbFrame => {
			const frame = frames[Math.min(frames.length - 1, Math.round((ms / 1000) * fps))];
			if (!frame) throw new Error(`no frame at ${ms} ms: the video has ${frames.length} frames`);
			return frame;
		};
		const sheet = Array.from({ length: Math.floor(frames.length / (fps / 2)) + 1 }, (_, k) => frames[Math.min(frames.length - 1, Math.round((k * fps) / 2))]);
		await writeContactSheet(
			sheet.filter((frame): frame is RgbFrame => frame !== undefined),
			path.join(sheets, `${spec.template}.png`),
		);

		for (const word of words) {
			const frame = frameAt((word.startMs + word.endMs) / 2);
			expect(share(frame, isCaption), `"${word.text}" (${word.startMs}-${word.endMs} ms) is captioned on screen`).toBeGreaterThan(0.0002);
		}
		const lastWordEnd = Math.max(...words.map((word) => word.endMs));
		if (spec.hookCard) {
			const hookEnd = words[HOOK_WORDS - 1]?.endMs ?? 0;
			const centre = { x0: 0.15, x1: 0.85, y0: 0, y1: 0.7 };
			expect(share(frameAt(hookEnd / 2), isCard, centre), 'the hook card is up during the hook').toBeGreaterThan(0.002);
			// Give the card its exit fade (0.2 s); from then until the end card, no card.
			for (let ms = hookEnd + 400; ms < lastWordEnd; ms += 500) {
				expect(share(frameAt(ms), isCard, centre), `no hook card at ${ms} ms, after the hook ended at ${hookEnd} ms`).toBeLessThan(0.001);
			}
		}
		if (spec.endCard) {
			const endCardFrames = frames.flatMap((frame, index) => (share(frame, isEndCard) > 0.5 ? [index] : []));
			expect(endCardFrames.length, 'the end card is shown').toBeGreaterThan(fps);
			expect(((endCardFrames[0] ?? 0) / fps) * 1000, 'the end card starts after the last spoken word').toBeGreaterThanOrEqual(lastWordEnd);
			expect(endCardFrames.at(-1)).toBe(frames.length - 1);
		}
	});

	it('wrote a contact sheet per template', () => {
		for (const spec of templates) expect(fs.existsSync(path.join(sheets, `${spec.template}.png`))).toBe(true);
	});
});
