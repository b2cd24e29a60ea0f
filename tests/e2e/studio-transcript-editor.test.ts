import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transcriptFromSubtitles } from '../../core/transcription/transcript-from-subtitles.js';
import { buildStudio } from '../support/build-studio.js';
import { launchChromium } from '../support/launch-chromium.js';
import { makeDoneRender } from '../support/make-published-render.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { waitFor } from '../support/wait-for.js';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
	buildStudio();
	stack = await startTestStack({ worker: false });
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await stack?.stop();
});

describe('fixing a transcript in the studio', () => {
	it('opens the captions of a render, fixes a misheard word and saves it with its timing unchanged', async () => {
		const transcript = await transcriptFromSubtitles(
			'1\n00:00:00,500 --> 00:00:02,000\nCaptions make short\n\n2\n00:00:02,100 --> 00:00:03,000\nvideo is better\n',
			'en',
			{
				db: stack.db,
				workspaceId: 'default',
			},
		);
		const id = randomUUID();
		await makeDoneRender(stack.db, stack.config.storageDir, { fields: { id, transcriptId: transcript.id, captionsLanguage: 'en' } });

		const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${stack.api.url}/studio/#/renders`);
		await page.getByRole('button', { name: 'Captions' }).click();
		const misheard = page.getByLabel('Word 4 at 2.10 s');
		await waitFor('the transcript to load', async () => (await misheard.count()) === 1);
		expect(await misheard.inputValue()).toBe('video');
		await misheard.fill('videos');
		await page.getByRole('button', { name: 'Save 1 fixed word' }).click();
		await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

		const stored = await stack.client.transcripts.get.query({ id: transcript.id });
		expect(stored.edited).toBe(true);
		expect(stored.words.map((word) => word.text).join(' ')).toBe('Captions make short videos is better');
		expect(stored.words[3]).toMatchObject({ startMs: transcript.words[3]?.startMs, endMs: transcript.words[3]?.endMs });
		expect(errors).toEqual([]);
	});
});
