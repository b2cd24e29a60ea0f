import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandSchema } from '../../compositions/brand/brand-schema.js';
import { sampleWords } from '../../compositions/shared/sample-words.js';
import { applyBrandKit } from '../../core/brand-kits/apply-brand-kit.js';
import { projectRoot } from '../../core/db/project-root.js';
import { renderTemplateStill } from '../../workers/render/render-template-still.js';
import { compareImages, decodePng } from '../support/decode-png.js';
import { startRenderContext } from '../support/start-render-context.js';
import { makeTempDir } from '../support/temp-dir.js';

// Regenerate with: UPDATE_GOLDENS=1 npx vitest run tests/integration/brand-kit-stills-match-goldens.test.ts
const update = process.env.UPDATE_GOLDENS === '1';
const goldenDir = path.join(projectRoot, 'tests', 'goldens');

// One kit: blue and pink on navy, Anton, the sample image as a logo top-right, a watermark, a 1 s intro card.
const kit = {
	brand: brandSchema.parse({
		colors: { primary: '#00AAFF', secondary: '#FF3DA8', text: '#FFFFFF', background: '#0B1B3A' },
		font: 'anton',
		logo: { src: 'storage:samples/sample-image.png', position: 'top-right', widthShare: 0.12 },
		watermark: { text: '@acme', position: 'bottom-right' },
		intro: { text: 'Acme presents', durationSeconds: 1 },
	}),
	captionStyle: { uppercase: false },
};
// Props as a request gives them (the samples are parsed, so every colour in them is already set and would win over the kit).
const requestProps: Record<string, Record<string, unknown>> = {
	'clip-story': {
		clips: [{ src: 'storage:samples/sample-clip.mp4' }, { src: 'storage:samples/sample-clip-b.mp4' }],
		hook: { text: 'I tried 3 editing tricks' },
		endCard: { text: 'Follow for part 2' },
		interrupts: { mode: 'off' },
		captions: { words: sampleWords('The second one doubled my watch time overnight', { emphasis: ['doubled'] }) },
	},
	listicle: {
		title: '3 apps I use daily',
		items: [
			{ text: 'Notes that sync', clip: { src: 'storage:samples/sample-clip.mp4' } },
			{ text: 'A timer that works', clip: { src: 'storage:samples/sample-clip-b.mp4' } },
		],
		interrupts: { mode: 'off' },
		captions: { words: sampleWords('Number one keeps every note in sync across devices', { stepMs: 450, emphasis: ['sync'] }) },
	},
};
const cases = [
	{ name: 'brand-kit-clip-story-intro', template: 'clip-story', frame: 15 },
	// Frame 30 + 20: the sample's hook card (clip-story) and first item (listicle) under the brand.
	{ name: 'brand-kit-clip-story', template: 'clip-story', frame: 50 },
	{ name: 'brand-kit-listicle', template: 'listicle', frame: 100 },
] as const;

let pipeline: Awaited<ReturnType<typeof startRenderContext>>;
const outDir = makeTempDir('brand-stills');
beforeAll(async () => {
	pipeline = await startRenderContext();
});
afterAll(async () => {
	await pipeline?.close();
});

describe('one brand kit on two templates', () => {
	it.each(cases)('$name matches its golden image', async ({ name, template, frame }) => {
		const outputPath = path.join(outDir, `${name}.png`);
		const props = applyBrandKit(template, requestProps[template] ?? {}, kit);
		const plain = await renderTemplateStill(
			{ template, props: requestProps[template], frame: 0, scale: 0.25, outputPath: path.join(outDir, `${name}-plain.png`) },
			pipeline.ctx,
		);
		const branded = await renderTemplateStill({ template, props, frame, scale: 0.25, outputPath }, pipeline.ctx);
		// The intro adds its second to the video; the template keeps its own length after it.
		expect(branded.durationInFrames).toBe(plain.durationInFrames + 30);
		const golden = path.join(goldenDir, `${name}.png`);
		if (update || !fs.existsSync(golden)) {
			expect(update, `no golden for ${name}: run with UPDATE_GOLDENS=1`).toBe(true);
			fs.mkdirSync(goldenDir, { recursive: true });
			fs.copyFileSync(outputPath, golden);
			return;
		}
		const diff = compareImages(await decodePng(outputPath), await decodePng(golden));
		expect(diff.sameSize).toBe(true);
		expect(diff.meanDiff).toBeLessThan(2);
		expect(diff.changedShare).toBeLessThan(0.01);
	});
});
