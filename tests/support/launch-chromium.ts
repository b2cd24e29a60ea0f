import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (apt `chromium`; setup.sh --test installs it), headless, as PLATFORM.md says works here. */
export const launchChromium = (): Promise<Browser> =>
	chromium.launch({
		executablePath: process.env.STUDIO_TEST_CHROMIUM ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
