import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProps } from '../../compositions/templates.js';
import { projectRoot } from '../../core/db/project-root.js';
import { renderTemplateStill } from '../../workers/render/render-template-still.js';
import { compareImages, decodePng } from '../support/decode-png.js';
import { startRenderContext } from '../support/start-render-context.js';
import { makeTempDir } from '../support/temp-dir.js';

// Regenerate with: npm run goldens
const update = process.env.UPDATE_GOLDENS === '1';
const goldenDir = path.join(projectRoot, 'tests', 'goldens');

/** Frames that show what each template is judged by: a lit caption word, a card, an interrupt at its peak. */
const cases = [
	{ name: 'clip-story-hook', template: 'clip-story', frame: 20 },
	// The sample schedule puts a zoom punch on "doubled" at 1.34 s (peak 1.42 s) and an emoji pop at 2.86 s (peak 3.0 s).
	{ name: 'clip-story-zoom-punch-peak', template: 'clip-story', frame: 43 },
	{ name: 'clip-story-emoji-pop-peak', template: 'clip-story', frame: 90 },
	{ name: 'clip-story-end-card', template: 'clip-story', frame: 195 },
	{ name: 'faceless-narration-pop-word', template: 'faceless-narration', frame: 80 },
	{ name: 'listicle-item', template: 'listicle', frame: 70 },
	{ name: 'split-screen-pill', template: 'split-screen', frame: 70 },
	{ name: 'quote-card-building', template: 'quote-card', frame: 45 },
	{ name: 'captioned-clip-emphasis-punch', template: 'captioned-clip', frame: 83 },
] as const;

let pipeline: Awaited<ReturnType<typeof startRenderContext>>;
const outDir = makeTempDir('stills');
beforeAll(async () => {
	pipeline = await startRenderContext();
});
afterAll(async () => {
	await pipeline?.close();
});

describe('template stills', () => {
	it.each(cases)('$name matches its golden image', async ({ name, template, frame }) => {
		const outputPath = path.join(outDir, `${name}.png`);
		await renderTemplateStill({ template, props: sampleProps[template], frame, scale: 0.25, outputPath }, pipeline.ctx);
		const golden = path.join(goldenDir, `${name}.png`);
		if (update || !fs.existsSync(golden)) {
			expect(update, `no golden for ${name}: run npm run goldens`).toBe(true);
			fs.mkdirSync(goldenDir, { recursive: true });
			fs.copyFileSync(outputPath, golden);
			return;
		}
		const diff = compareImages(await decodePng(outputPath), await decodePng(golden));
		expect(diff.sameSize).toBe(true);
		// Antialiasing may differ a little between machines; a moved word or a missing card does not pass.
		expect(diff.meanDiff).toBeLessThan(2);
		expect(diff.changedShare).toBeLessThan(0.01);
	});
});
