// Screenshots of the studio for the README: `npm run studio:screenshots` writes docs/studio/{gallery,editor,editor-phone,batch,publish,renders,analytics}.png.
// Starts a throwaway stack (Redis, SQLite, API, no worker) on loopback, like the end-to-end tests.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../core/db/project-root.js';
import { ensureSampleAssets } from '../core/media/ensure-sample-assets.js';
import { createLocalStorage } from '../core/storage/local/create-local-storage.js';
import { buildStudio } from '../tests/support/build-studio.js';
import { launchChromium } from '../tests/support/launch-chromium.js';
import { startTestStack } from '../tests/support/start-test-stack.js';
import { seedPublishingDemo } from './seed-publishing-demo.js';

const outDir = path.join(projectRoot, 'docs', 'studio');
fs.mkdirSync(outDir, { recursive: true });
buildStudio();
const stack = await startTestStack({ worker: false });
await ensureSampleAssets(createLocalStorage(stack.config.storageDir));
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	const studio = `${stack.api.url}/studio/`;

	await page.goto(studio);
	await page.locator('.gallery img').nth(5).waitFor();
	await page.waitForFunction(() => [...document.querySelectorAll('.gallery img')].every((image) => (image as HTMLImageElement).complete));
	await page.screenshot({ path: path.join(outDir, 'gallery.png') });

	// The editor as tests/e2e/studio-timeline-and-phone.test.ts drives it: clip-story, the timeline under the Player.
	await page.goto(`${studio}#/templates/clip-story`);
	await page.locator('.timeline-item.words').first().waitFor();
	await page.locator('.scrubber input').fill('45');
	await page.waitForTimeout(1500);
	await page.screenshot({ path: path.join(outDir, 'editor.png') });
	const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await phone.goto(`${studio}#/templates/clip-story`);
	await phone.locator('.timeline-item.words').first().waitFor();
	await phone.locator('.scrubber input').fill('45');
	await phone.waitForTimeout(1500);
	await phone.screenshot({ path: path.join(outDir, 'editor-phone.png') });
	await phone.close();

	await page.goto(`${studio}#/batches`);
	await page.locator('#batch-csv-file').setInputFiles({
		name: 'hooks.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('backgroundColor,durationInSeconds,captions.words.0.text\n#1E3A8A,4,Stop\n#7C3AED,999,Wait\n#DB2777,5,Listen\n'),
	});
	await page.getByTestId('batch-check').filter({ hasText: 'with problems' }).waitFor();
	await page.getByRole('button', { name: 'Preview row 1' }).click();
	await page.getByRole('region', { name: 'Preview of row 1' }).locator('.scrubber input').fill('25');
	await page.waitForTimeout(1500);
	await page.screenshot({ path: path.join(outDir, 'batch.png') });
	const renderId = await seedPublishingDemo(stack);
	await page.goto(`${studio}#/publish?render=${renderId}`);
	await page.locator('[data-testid=publication-status]').first().waitFor();
	await page.locator('#field-target-url').fill('https://cms.example.com/hooks/reelforge');
	await page.screenshot({ path: path.join(outDir, 'publish.png'), fullPage: true });

	await page.goto(`${studio}#/renders`);
	await page.locator('table.table tbody tr').first().waitFor();
	await page.screenshot({ path: path.join(outDir, 'renders.png') });

	await page.goto(`${studio}#/analytics`);
	await page.locator('figure.chart svg.bar-chart').waitFor();
	await page.screenshot({ path: path.join(outDir, 'analytics.png'), fullPage: true });
	console.log(
		`Wrote ${['gallery', 'editor', 'editor-phone', 'batch', 'publish', 'renders', 'analytics'].map((name) => path.join('docs', 'studio', `${name}.png`)).join(', ')}`,
	);
} finally {
	await browser.close();
	await stack.stop();
}
