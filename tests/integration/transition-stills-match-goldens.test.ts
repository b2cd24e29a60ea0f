import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/db/project-root.js';
import { renderTemplateStill } from '../../workers/render/render-template-still.js';
import { compareImages, decodePng } from '../support/decode-png.js';
import { startRenderContext } from '../support/start-render-context.js';
import { makeTempDir } from '../support/temp-dir.js';

// Regenerate with: UPDATE_GOLDENS=1 npx vitest run tests/integration/transition-stills-match-goldens.test.ts
const update = process.env.UPDATE_GOLDENS === '1';
const goldenDir = path.join(projectRoot, 'tests', 'goldens');

const FPS = 30;
// Two 1 s clips and a 600 ms transition on the cut at frame 30: frame 36 is a third of the way, both clips on screen (half-way, a flip is edge-on).
const propsWith = (kind: string, direction = 'from-right') => ({
	clips: [
		{ src: 'storage:samples/sample-clip.mp4', durationSeconds: 1 },
		{ src: 'storage:samples/sample-clip-b.mp4', durationSeconds: 1, trimStartSeconds: 2 },
	],
	interrupts: { mode: 'off' },
	transitions: { default: { kind, durationMs: 600, direction } },
	fps: FPS,
});
const kinds = ['fade', 'slide', 'wipe', 'flip', 'clock-wipe', 'whip-blur'] as const;

let pipeline: Awaited<ReturnType<typeof startRenderContext>>;
const outDir = makeTempDir('transition-stills');
beforeAll(async () => {
	pipeline = await startRenderContext();
});
afterAll(async () => {
	await pipeline?.close();
});

const still = async (name: string, props: unknown, frame: number) => {
	const outputPath = path.join(outDir, `${name}.png`);
	const size = await renderTemplateStill({ template: 'clip-story', props, frame, scale: 0.25, outputPath }, pipeline.ctx);
	return { outputPath, size, image: await decodePng(outputPath) };
};

describe('transition stills', () => {
	it('keeps the story as long as with hard cuts: the transition overlaps the clips, it does not add to them', async () => {
		const cut = await still('cut', propsWith('none'), 0);
		const faded = await still('fade-length', propsWith('fade'), 0);
		expect(faded.size.durationInFrames).toBe(cut.size.durationInFrames);
	});

	it.each(kinds)('clip-story %s a third into the cut matches its golden and shows both clips', async (kind) => {
		const name = `transition-${kind}`;
		const { outputPath, image } = await still(name, propsWith(kind), 36);
		const before = await still(`${name}-before`, propsWith(kind), 25);
		const after = await still(`${name}-after`, propsWith(kind), 50);
		// Mid-transition differs from both the outgoing clip alone and the incoming clip alone.
		expect(compareImages(image, before.image).changedShare).toBeGreaterThan(0.1);
		expect(compareImages(image, after.image).changedShare).toBeGreaterThan(0.1);
		const golden = path.join(goldenDir, `${name}.png`);
		if (update || !fs.existsSync(golden)) {
			expect(update, `no golden for ${name}: run with UPDATE_GOLDENS=1`).toBe(true);
			fs.mkdirSync(goldenDir, { recursive: true });
			fs.copyFileSync(outputPath, golden);
			return;
		}
		const diff = compareImages(image, await decodePng(golden));
		expect(diff.sameSize).toBe(true);
		expect(diff.meanDiff).toBeLessThan(2);
		expect(diff.changedShare).toBeLessThan(0.01);
	});
});
