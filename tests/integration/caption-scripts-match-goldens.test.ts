import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsOfText } from '../../compositions/captions/segment-words.js';
import { projectRoot } from '../../core/db/project-root.js';
import { renderTemplateStill } from '../../workers/render/render-template-still.js';
import { compareImages, decodePng } from '../support/decode-png.js';
import { centroidOf } from '../support/decode-video-frames.js';
import { startRenderContext } from '../support/start-render-context.js';
import { makeTempDir } from '../support/temp-dir.js';

// Regenerate with: UPDATE_GOLDENS=1 npx vitest run tests/integration/caption-scripts-match-goldens.test.ts
const update = process.env.UPDATE_GOLDENS === '1';
const goldenDir = path.join(projectRoot, 'tests', 'goldens');
const WORD_MS = 400;
const FPS = 30;

/** One caption page per language; `lit` is the word being spoken in the still. */
const cases = [
	{ name: 'captions-chinese', language: 'zh', text: '我们今天学习如何制作短视频', lit: 2 },
	{ name: 'captions-japanese', language: 'ja', text: '今日は短い動画の作り方を学びます', lit: 3 },
	{ name: 'captions-arabic-rtl', language: 'ar', text: 'مرحبا بكم في عالم الفيديو 🔥', lit: 0 },
	{ name: 'captions-hindi', language: 'hi', text: 'आज हम छोटा वीडियो बनाना सीखेंगे', lit: 3 },
] as const;

const propsOf = (language: string, words: string[]) => ({
	format: '9:16',
	fps: FPS,
	durationInSeconds: 4,
	background: { src: 'storage:samples/sample-clip.mp4' },
	punchOnEmphasis: false,
	captions: {
		language,
		words: words.map((text, index) => ({ text, startMs: index * WORD_MS, endMs: index * WORD_MS + WORD_MS - 20 })),
		style: {
			preset: 'karaoke',
			position: 'center',
			pageDurationMs: 10_000,
			maxWordsPerPage: 12,
			highlightColor: '#00FF00',
			textColor: '#FFFFFF',
			fontSizePx: 96,
		},
	},
});

// The lit word is pure green; nothing else on the frame is.
const isHighlight = (r: number, g: number, b: number) => g > 180 && r < 120 && b < 120;
const isText = (r: number, g: number, b: number) => (r > 200 && g > 200 && b > 200) || isHighlight(r, g, b);
// The flame of Noto Color Emoji's 🔥: saturated orange and yellow, which neither the text nor the background clip has.
const isFlame = (r: number, g: number, b: number) => r > 230 && g > 100 && g < 220 && b < 70;

let pipeline: Awaited<ReturnType<typeof startRenderContext>>;
const outDir = makeTempDir('script-stills');
beforeAll(async () => {
	pipeline = await startRenderContext();
});
afterAll(async () => {
	await pipeline?.close();
});

describe('captions in non-Latin scripts', () => {
	it.each(cases)('$name: glyphs from the shipped fonts, words in reading order, the spoken word lit', async ({ name, language, text, lit }) => {
		const words = wordsOfText(text, language);
		const outputPath = path.join(outDir, `${name}.png`);
		const frame = Math.ceil(((lit * WORD_MS + 100) / 1000) * FPS);
		await renderTemplateStill({ template: 'captioned-clip', props: propsOf(language, words), frame, scale: 0.5, outputPath }, pipeline.ctx);
		const image = await decodePng(outputPath);
		const highlight = centroidOf(image, isHighlight);
		const allText = centroidOf(image, isText);
		expect(highlight, 'a word is lit').not.toBeNull();
		// Reading order: the first word of a right-to-left page is on the right, of a left-to-right page on the left.
		if (lit === 0) expect((highlight?.x ?? 0) > (allText?.x ?? 0)).toBe(true);
		// The emoji at the end of the Arabic page is drawn in colour (a stroked colour glyph comes out blank).
		if (text.includes('🔥')) expect(centroidOf(image, isFlame)?.count ?? 0, 'the 🔥 is drawn').toBeGreaterThan(40);
		const golden = path.join(goldenDir, `${name}.png`);
		if (update || !fs.existsSync(golden)) {
			expect(update, `no golden for ${name}: run with UPDATE_GOLDENS=1`).toBe(true);
			fs.copyFileSync(outputPath, golden);
			return;
		}
		const diff = compareImages(image, await decodePng(golden));
		expect(diff.sameSize).toBe(true);
		expect(diff.meanDiff).toBeLessThan(2);
		expect(diff.changedShare).toBeLessThan(0.01);
	});

	it.each([
		{ language: 'hi', text: 'आज हम छोटा वीडियो' },
		{ language: 'zh', text: '我们今天学习如何制作短视频' },
	])('lights the first spoken word on the left in $language: left-to-right pages read the other way', async ({ language, text }) => {
		const words = wordsOfText(text, language);
		const outputPath = path.join(outDir, `${language}-first.png`);
		await renderTemplateStill({ template: 'captioned-clip', props: propsOf(language, words), frame: 3, scale: 0.5, outputPath }, pipeline.ctx);
		const image = await decodePng(outputPath);
		expect((centroidOf(image, isHighlight)?.x ?? 0) < (centroidOf(image, isText)?.x ?? 0)).toBe(true);
	});
});
