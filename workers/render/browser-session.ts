import { type ChromiumOptions, type HeadlessBrowser, openBrowser } from '@remotion/renderer';
import type { ResolvedBrowser } from '../../core/browser/resolve-browser.js';

export type BrowserSession = {
	/** The long-lived browser; relaunched if it crashed or was closed. */
	get: () => Promise<HeadlessBrowser>;
	close: () => Promise<void>;
};

/**
 * One browser per worker, reused by every job: launching Chromium costs a second or two per render.
 * `chromiumOptions` (GPU flags) apply at launch: a render that passes a browser instance cannot change them.
 */
export const createBrowserSession = (browser: ResolvedBrowser, chromiumOptions: ChromiumOptions = {}): BrowserSession => {
	let current: Promise<HeadlessBrowser> | null = null;
	let alive = false;
	let launching = false;
	const launch = async () => {
		const instance = await openBrowser('chrome', {
			browserExecutable: browser.executable,
			chromeMode: browser.chromeMode,
			chromiumOptions,
			logLevel: 'error',
		});
		alive = true;
		const markDead = () => {
			alive = false;
		};
		instance.on('closed', markDead);
		instance.on('closed-silent', markDead);
		return instance;
	};
	return {
		get: async () => {
			// Jobs running side by side share one launch instead of each starting (and leaking) a browser.
			if (current && (alive || launching)) return current;
			launching = true;
			current = launch().finally(() => {
				launching = false;
			});
			current.catch(() => {
				current = null;
			});
			return current;
		},
		close: async () => {
			const instance = await current?.catch(() => null);
			current = null;
			await instance?.close({ silent: true }).catch(() => {});
		},
	};
};
