import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleAssets } from '../../core/media/ensure-sample-assets.js';
import { createLocalStorage } from '../../core/storage/local/create-local-storage.js';
import { buildStudio } from '../support/build-studio.js';
import { launchChromium } from '../support/launch-chromium.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { waitFor } from '../support/wait-for.js';

let stack: TestStack;
let browser: Browser;
let editorUrl: string;
const PHONE = { width: 390, height: 844 };
/** `STUDIO_PICTURES_DIR=docs/studio` re-takes the README's editor pictures from this test; by default they stay in the test's home. */
const picturesDir = () => process.env.STUDIO_PICTURES_DIR ?? stack.home;

beforeAll(async () => {
	buildStudio();
	stack = await startTestStack({ worker: false });
	await ensureSampleAssets(createLocalStorage(stack.config.storageDir));
	browser = await launchChromium();
	editorUrl = `${stack.api.url}/studio/#/templates/clip-story`;
});
afterAll(async () => {
	await browser?.close();
	await stack?.stop();
});

const openEditor = async (viewport: { width: number; height: number }) => {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(editorUrl);
	await page.locator('.timeline-item.words').first().waitFor();
	await page.locator('.form-section').first().waitFor();
	return { page, errors };
};

/** The Player's time in seconds, as its transport shows it ("1.23 s / 10.00 s"). */
const timeOf = async (page: Page) => Number((await page.locator('output[aria-label=Time]').textContent())?.split(' ')[0]);
const durationOf = async (page: Page) => Number((await page.locator('output[aria-label=Time]').textContent())?.split('/')[1]?.trim().split(' ')[0]);
const boxOf = async (page: Page, selector: string) => {
	const box = await page.locator(selector).first().boundingBox();
	if (!box) throw new Error(`${selector} is not on the page`);
	return box;
};
/** Presses on an element's middle and drags it `dx` pixels to the right, in steps, as a hand would. */
const drag = async (page: Page, selector: string, dx: number) => {
	const box = await boxOf(page, selector);
	const x = box.x + Math.min(box.width / 2, 6);
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let step = 1; step <= 5; step++) await page.mouse.move(x + (dx * step) / 5, y);
	await page.mouse.up();
};
const wordStart = (page: Page) => page.locator('#field-captions-words-0-startMs').inputValue().then(Number);

describe('the studio editor, creative first', () => {
	it('orders the form by what a creator edits, folds the technical fields under Advanced and has one voiceover control', async () => {
		const { page, errors } = await openEditor({ width: 1440, height: 900 });
		const sections = await page.locator('.form-section').evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.section));
		expect(sections).toEqual(['text', 'captions', 'footage', 'effects', 'sound', 'look', 'advanced']);
		const advanced = page.locator('details.form-section.advanced');
		expect(await advanced.evaluate((element: HTMLDetailsElement) => element.open)).toBe(false);
		expect(await page.locator('#field-fps').isVisible()).toBe(false);
		await advanced.locator('summary').click();
		expect(await page.getByText('Frame rate', { exact: true }).isVisible()).toBe(true);
		expect(await page.getByText('Fps', { exact: true }).count()).toBe(0);
		expect(await page.getByText(/^Voiceover/).count()).toBe(1);
		// The captions' words come before any clip setting.
		const words = await boxOf(page, '#field-captions-words-0-text');
		const clips = await boxOf(page, '[data-section=footage]');
		expect(words.y).toBeLessThan(clips.y);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('keeps clip-story captions inside the safe zone', async () => {
		const { page } = await openEditor({ width: 1440, height: 900 });
		const zone = await boxOf(page, '.safe-zone-inner');
		for (const frame of ['20', '45', '70']) {
			await page.locator('.scrubber input').fill(frame);
			await page.waitForTimeout(400);
			// Caption tokens are the Player's inline-block spans with text (CaptionToken).
			const words = await page.locator('[data-testid=player] span').evaluateAll((elements) =>
				elements
					.filter((element) => getComputedStyle(element).display === 'inline-block' && (element.textContent ?? '').trim() !== '')
					.map((element) => {
						const box = element.getBoundingClientRect();
						return { text: element.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
					}),
			);
			expect(words.length, `caption words at frame ${frame}`).toBeGreaterThan(0);
			for (const word of words) {
				expect(word.left).toBeGreaterThanOrEqual(zone.x - 1);
				expect(word.right).toBeLessThanOrEqual(zone.x + zone.width + 1);
				expect(word.bottom).toBeLessThanOrEqual(zone.y + zone.height + 1);
			}
		}
		await page.context().close();
	});
});

describe('the timeline under the Player', () => {
	it('seeks by a click, drags a word, moves an interrupt, and undoes and redoes them', async () => {
		const { page, errors } = await openEditor({ width: 1440, height: 900 });
		const duration = await durationOf(page);
		expect(duration).toBeGreaterThan(3);
		expect(await page.locator('.timeline-item.words').count()).toBeGreaterThan(3);
		expect(await page.locator('.timeline-item.interrupts').count()).toBeGreaterThan(0);
		expect(await page.locator('.timeline-item.clips').count()).toBe(2);

		// A click on the track seeks there; a click on a clip seeks to its start.
		const track = await boxOf(page, '[data-track=words] .timeline-track');
		await page.mouse.click(track.x + track.width * 0.95, track.y + track.height / 2);
		await waitFor('the seek', async () => Math.abs((await timeOf(page)) - duration * 0.95) < 0.15);
		await page.locator('.timeline-item.clips[data-index="1"]').click();
		const secondClip = await page.locator('.timeline-item.clips[data-index="1"]').getAttribute('aria-label');
		const clipStart = Number(/at ([\d.]+) s/.exec(secondClip ?? '')?.[1]);
		await waitFor('the seek to the second clip', async () => Math.abs((await timeOf(page)) - clipStart) < 0.05);
		// Keyboard: the right arrow steps one frame.
		await page.locator('body').press('ArrowRight');
		await waitFor('a frame forward', async () => (await timeOf(page)) > clipStart);

		// Dragging a word moves its start by the distance in time, keeping its length.
		const before = await wordStart(page);
		const length = Number(await page.locator('#field-captions-words-0-endMs').inputValue()) - before;
		await drag(page, '.timeline-item.words[data-index="0"]', track.width * 0.1);
		await waitFor('the word to move', async () => (await wordStart(page)) !== before);
		const moved = await wordStart(page);
		expect(moved - before).toBeGreaterThan(duration * 1000 * 0.1 - 60);
		expect(moved - before).toBeLessThan(duration * 1000 * 0.1 + 60);
		expect(Number(await page.locator('#field-captions-words-0-endMs').inputValue()) - moved).toBe(length);

		// Moving an interrupt makes the schedule explicit, with that interrupt at its new time and the others kept.
		const startsOf = () =>
			page
				.locator('.timeline-item.interrupts')
				.evaluateAll((elements) => elements.map((element) => Number(/at ([\d.]+) s/.exec(element.getAttribute('aria-label') ?? '')?.[1])));
		const interruptsBefore = await startsOf();
		await drag(page, '.timeline-item.interrupts[data-index="0"]', track.width * 0.04);
		await waitFor('the schedule to become explicit', async () => (await page.locator('#field-interrupts-mode').inputValue()) === 'explicit');
		const interruptsAfter = await startsOf();
		expect(interruptsAfter).toHaveLength(interruptsBefore.length);
		expect(interruptsAfter.filter((at) => !interruptsBefore.includes(at))).toHaveLength(1);
		expect(interruptsAfter[0]).toBeGreaterThan(interruptsBefore[0] ?? 0);
		await page.locator('.scrubber input').fill('45');
		await page.waitForTimeout(800);
		await page.screenshot({ path: path.join(picturesDir(), 'editor.png') });

		// Undo takes back the interrupt, then the word; redo puts the word back.
		await page.getByRole('button', { name: 'Undo' }).click();
		await waitFor('the interrupt move undone', async () => (await page.locator('#field-interrupts-mode').inputValue()) === 'auto');
		expect(await wordStart(page)).toBe(moved);
		await page.getByRole('button', { name: 'Undo' }).click();
		await waitFor('the word move undone', async () => (await wordStart(page)) === before);
		await page.keyboard.press('Control+Shift+Z');
		await waitFor('the word move redone', async () => (await wordStart(page)) === moved);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('the studio on a phone (390 px)', () => {
	it('has no horizontal overflow, and shows the preview and the Render button before the form, without scrolling', async () => {
		const { page, errors } = await openEditor(PHONE);
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(await overflow()).toBe(0);
		const player = await boxOf(page, '[data-testid=player]');
		const render = await boxOf(page, '.render-panel button.primary');
		const form = await boxOf(page, '.editor-form');
		expect(player.y).toBeGreaterThanOrEqual(0);
		expect(player.y + player.height).toBeLessThanOrEqual(PHONE.height);
		expect(render.y + render.height).toBeLessThanOrEqual(PHONE.height);
		expect(form.y).toBeGreaterThan(render.y);
		const key = await boxOf(page, '.api-key');
		expect(key.x + key.width).toBeLessThanOrEqual(PHONE.width);
		await page.waitForTimeout(800);
		await page.screenshot({ path: path.join(picturesDir(), 'editor-phone.png') });
		for (const route of ['#/', '#/renders', '#/batches', '#/publish', '#/analytics']) {
			await page.goto(`${stack.api.url}/studio/${route}`);
			await page.locator('main h1').first().waitFor();
			expect(await overflow(), route).toBe(0);
		}
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
