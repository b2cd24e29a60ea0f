import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleAssets } from '../../core/media/ensure-sample-assets.js';
import { createLocalStorage } from '../../core/storage/local/create-local-storage.js';
import { buildStudio } from '../support/build-studio.js';
import { compareImages } from '../support/decode-png.js';
import { decodePngBuffer } from '../support/decode-png-buffer.js';
import { launchChromium } from '../support/launch-chromium.js';
import { closeServer, listenOnLoopback, readRequestBody } from '../support/read-request-body.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { waitFor } from '../support/wait-for.js';

let stack: TestStack;
let browser: Browser;
let studioUrl: string;
/** The finished render's "Publish" link, from the first test. */
let publishHref: string | undefined;
/** Stands in for a CMS that takes `render.published` webhooks. */
let receiver: http.Server;
let receiverUrl: string;
const receivedPosts: string[] = [];

beforeAll(async () => {
	buildStudio();
	receiver = http.createServer((req, res) => {
		void readRequestBody(req).then((body) => {
			if (req.method === 'POST') receivedPosts.push(body.toString('utf8'));
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'cms-42', url: 'https://cms.example.com/videos/42' }));
		});
	});
	receiverUrl = await listenOnLoopback(receiver);
	// The publish worker runs beside the render worker, as `reelforge worker` runs them; no metrics pull (no real accounts).
	stack = await startTestStack({ publishWorker: true, env: { METRICS_POLL_MINUTES: '0' } });
	// The editor starts from the template's sample props, which point at these.
	await ensureSampleAssets(createLocalStorage(stack.config.storageDir));
	browser = await launchChromium();
	studioUrl = `${stack.api.url}/studio/`;
});
afterAll(async () => {
	await browser?.close();
	await stack?.stop();
	if (receiver) await closeServer(receiver);
});

const newPage = async () => {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return { page, errors };
};

const playerPixels = async (page: Page) => decodePngBuffer(await page.locator('[data-testid=player]').screenshot());

/** Share of pixels brighter than the template's dark background: the sample clip's colour bands fill most of the frame. */
const litShare = (frame: ReturnType<typeof decodePngBuffer>) => {
	let lit = 0;
	for (let i = 0; i < frame.pixels.length; i += 3) if (Math.max(frame.pixels[i] ?? 0, frame.pixels[i + 1] ?? 0, frame.pixels[i + 2] ?? 0) > 70) lit++;
	return lit / (frame.width * frame.height);
};

/** The Player's pixels once two screenshots in a row agree (the video has finished seeking, fonts are in). */
const settledPlayerPixels = async (page: Page) => {
	let previous = await playerPixels(page);
	return waitFor('the preview to settle', async () => {
		await page.waitForTimeout(150);
		const next = await playerPixels(page);
		const same = compareImages(previous, next).changedShare === 0;
		previous = next;
		return same ? next : undefined;
	});
};

describe('the studio in headless Chromium', () => {
	it('opens a template from the gallery, previews it, changes a caption in the frame, renders it to 100 % and plays the result', async () => {
		const { page, errors } = await newPage();
		await page.goto(studioUrl);
		await page.getByRole('heading', { name: 'Templates' }).waitFor();
		const cards = page.locator('.gallery .card');
		await waitFor('six template cards', async () => (await cards.count()) === 6);
		expect(
			await page
				.locator('.gallery img')
				.first()
				.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
		).toBe(true);
		await page.getByRole('link', { name: 'Captioned clip' }).click();
		await page.getByRole('heading', { name: 'Captioned clip' }).waitFor();
		expect(new URL(page.url()).hash).toBe('#/templates/captioned-clip');

		// Time to first preview frame, on a fresh page and cache: navigation start → the Player shows the clip.
		const cold = await newPage();
		await cold.page.goto(`${studioUrl}#/templates/captioned-clip`);
		const firstFrameMs = await waitFor(
			'the first preview frame',
			async () => {
				const frame = await playerPixels(cold.page).catch(() => null);
				return frame && litShare(frame) > 0.3 ? cold.page.evaluate(() => performance.now()) : undefined;
			},
			30_000,
			20,
		);
		const report = { timeToFirstPreviewFrameMs: Math.round(firstFrameMs) };
		fs.writeFileSync(path.join(stack.home, 'studio-timings.json'), JSON.stringify(report, null, 2));
		console.log(`studio: time from loading the editor to the first preview frame: ${report.timeToFirstPreviewFrameMs} ms`);
		await cold.page.context().close();

		// A caption edit shows in the paused frame: same frame, different pixels.
		await page.locator('.scrubber input').fill('20');
		const before = await settledPlayerPixels(page);
		expect(litShare(before)).toBeGreaterThan(0.3);
		await page.locator('#field-captions-words-0-text').fill('Completely');
		const after = await settledPlayerPixels(page);
		const difference = compareImages(before, after);
		expect(difference.sameSize).toBe(true);
		expect(difference.changedShare).toBeGreaterThan(0.005);
		expect(difference.changedShare).toBeLessThan(0.5);
		console.log(`studio: a caption edit changed ${(difference.changedShare * 100).toFixed(1)} % of the Player's pixels`);

		// A short, small render, followed over SSE.
		// The length is a technical field: folded under Advanced.
		await page.locator('details.form-section.advanced > summary').click();
		await page.locator('#field-durationInSeconds').fill('1');
		await page.locator('#render-scale').selectOption('0.25');
		await page.getByRole('button', { name: 'Render', exact: true }).click();
		const progress = page.getByRole('progressbar', { name: 'Render progress' });
		await progress.waitFor();
		const seen = new Set<string>();
		await waitFor(
			'the render progress to reach 100 %',
			async () => {
				const now = await progress.getAttribute('aria-valuenow');
				if (now) seen.add(now);
				return now === '100';
			},
			150_000,
			50,
		);
		expect(await page.getByTestId('render-status').textContent()).toBe('done');
		expect(await page.locator('.progress-text').first().textContent()).toBe('100 %');
		const video = page.locator('video.render-video');
		await video.waitFor();
		await video.evaluate((element: HTMLVideoElement) => element.play());
		const played = await waitFor('the finished video to play', () =>
			video.evaluate((element: HTMLVideoElement) => (element.currentTime > 0.2 ? { width: element.videoWidth, height: element.videoHeight } : false)),
		);
		expect(played).toEqual({ width: 270, height: 480 });
		expect(await page.getByRole('link', { name: 'Download MP4' }).getAttribute('href')).toMatch(/\/files\/renders\/.+\.mp4\?expires=\d+&signature=/);
		publishHref = (await page.locator('.render-outcome').getByRole('link', { name: 'Publish' }).getAttribute('href')) ?? undefined;
		expect(publishHref).toMatch(/^#\/publish\?render=.+/);
		expect(errors).toEqual([]);
		console.log(`studio: render progress values seen: ${[...seen].join(', ')}`);
	});

	it('shows the error on the bad row of an uploaded CSV before launching, then launches a good one and follows it to done', async () => {
		const { page, errors } = await newPage();
		await page.goto(`${studioUrl}#/batches`);
		await page.getByRole('heading', { name: 'Batches' }).waitFor();
		const upload = (name: string, csv: string) => page.locator('#batch-csv-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });

		await upload('bad.csv', 'backgroundColor,durationInSeconds\n#222222,1\n#333333,999\n#444444,2\n');
		await page.getByTestId('batch-check').filter({ hasText: '3 rows: 1 with problems' }).waitFor();
		const check = (row: number) => page.locator(`tr[data-row="${row}"] .row-check`);
		expect(await check(2).textContent()).toContain('durationInSeconds → durationInSeconds:');
		expect(await check(2).textContent()).toMatch(/180/);
		expect(await check(1).textContent()).toBe('OK');
		expect(await check(3).textContent()).toBe('OK');
		expect(await page.getByRole('button', { name: /^Launch/ }).isDisabled()).toBe(true);
		await page.getByRole('button', { name: 'Preview row 1' }).click();
		await page.getByRole('region', { name: 'Preview of row 1' }).locator('[data-testid=player]').waitFor();

		await upload('good.csv', 'backgroundColor,durationInSeconds\n#222222,1\n#444444,1\n');
		await page.getByTestId('batch-check').filter({ hasText: '2 rows: 0 with problems' }).waitFor();
		await page.locator('#batch-scale').selectOption('0.25');
		await page.getByRole('button', { name: 'Launch 2 renders' }).click();
		await waitFor('the batch to finish', async () => (await page.getByTestId('batch-status').textContent()) === 'done', 150_000, 200);
		expect(await page.getByRole('progressbar', { name: 'Batch progress' }).getAttribute('aria-valuenow')).toBe('100');
		expect(await page.getByRole('link', { name: 'Download all (zip)' }).isVisible()).toBe(true);
		expect(errors).toEqual([]);
	});

	it('lists renders with their status and filters them, and opens the publish and analytics pages without a page error', async () => {
		const { page, errors } = await newPage();
		await page.goto(`${studioUrl}#/renders`);
		const rows = page.locator('table.table tbody tr');
		await waitFor('the renders of the tests above', async () => (await rows.count()) >= 3);
		await page.locator('#filter-status').selectOption('failed');
		await waitFor('the status filter to apply', async () => (await page.getByText('No renders match.').count()) === 1);
		await page.locator('#filter-status').selectOption('done');
		await waitFor('done renders', async () => (await rows.count()) >= 3 && (await page.getByRole('link', { name: 'Open video' }).count()) >= 3);

		for (const [hash, heading] of [
			['#/publish', 'Publish'],
			['#/analytics', 'Analytics'],
		] as const) {
			await page.goto(`${studioUrl}${hash}`);
			await page.getByRole('heading', { name: heading, exact: true }).waitFor();
			await waitFor(`the ${heading} page to load`, async () => (await page.locator('.loading').count()) === 0);
			expect(await page.locator('.error-notice').count()).toBe(0);
		}
		expect(errors).toEqual([]);
	});

	it('publishes the finished render to a webhook from its Publish link and follows it to published', async () => {
		expect(publishHref, 'the first test leaves a finished render').toBeDefined();
		const { page, errors } = await newPage();
		await page.goto(`${studioUrl}${publishHref}`);
		await page.getByRole('heading', { name: 'Publish a render' }).waitFor();
		const renderId = new URLSearchParams(publishHref?.split('?')[1]).get('render');
		expect(await page.locator('#publish-render').inputValue()).toBe(renderId);
		expect(await page.locator('#field-target-kind').inputValue()).toBe('webhook');
		await page.locator('#field-target-url').fill(`${receiverUrl}/hooks/reelforge`);
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await page
			.getByRole('status')
			.filter({ hasText: /^Publication .+ is queued\.$/ })
			.waitFor();
		const status = page.getByTestId('publication-status');
		await waitFor('the publication to be published', async () => (await status.textContent()) === 'published', 30_000, 100);
		const row = page.locator('tr[data-publication]');
		expect(await row.count()).toBe(1);
		expect(await row.getByRole('cell', { name: 'cms-42' }).count()).toBe(1);
		expect(await row.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe('https://cms.example.com/videos/42');
		expect(receivedPosts).toHaveLength(1);
		expect(JSON.parse(receivedPosts[0] ?? '{}')).toMatchObject({ type: 'render.published', data: { render: { id: renderId } } });
		expect(errors).toEqual([]);
	});

	it('shows the render overview and, once platform numbers exist, a bar chart of the comparison by template', async () => {
		const { page, errors } = await newPage();
		await page.goto(`${studioUrl}#/analytics`);
		await page.getByTestId('analytics-overview').waitFor();
		expect(Number(await page.getByTestId('renders-done').textContent())).toBeGreaterThanOrEqual(1);
		// No account yet: the comparison says why there are no numbers rather than showing zeros.
		await page.getByTestId('compare-not-connected').waitFor();

		// A connected channel whose videos of the done renders have views, as the metrics pull would leave them.
		const accountId = randomUUID();
		await stack.db.platformAccount.create({
			data: {
				workspaceId: 'default',
				id: accountId,
				provider: 'youtube',
				externalId: 'UC-e2e',
				displayName: 'E2E channel',
				scopes: [],
				accessTokenEncrypted: 'unused',
			},
		});
		const done = await stack.db.render.findMany({ where: { status: 'done' }, select: { id: true } });
		for (const [index, render] of done.entries()) {
			const publicationId = randomUUID();
			await stack.db.publication.create({
				data: {
					workspaceId: 'default',
					id: publicationId,
					renderId: render.id,
					kind: 'youtube',
					targetKey: `youtube:${accountId}`,
					target: {},
					accountId,
					status: 'published',
				},
			});
			await stack.db.metricSample.create({ data: { id: randomUUID(), publicationId, views: 100 * (index + 1) } });
		}
		await page.reload();
		const chart = page.locator('figure.chart svg.bar-chart[role=img]');
		await chart.waitFor();
		expect(await chart.locator('rect').count()).toBeGreaterThanOrEqual(1);
		expect(await page.getByTestId('significance').textContent()).toMatch(/Insufficient data/);
		expect(errors).toEqual([]);
	});
});
