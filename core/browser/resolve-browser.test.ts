import { describe, expect, it } from 'vitest';
import { resolveBrowser } from './resolve-browser.js';

describe('resolveBrowser', () => {
	it('prefers the configured executable', () => {
		expect(resolveBrowser('/opt/chrome-headless-shell', () => true)).toEqual({
			executable: '/opt/chrome-headless-shell',
			chromeMode: 'headless-shell',
			source: 'config',
		});
		expect(resolveBrowser('/opt/chrome/chrome', () => true).chromeMode).toBe('chrome-for-testing');
	});

	it('refuses a configured path that does not exist rather than silently using another browser', () => {
		expect(() => resolveBrowser('/nope/chrome', () => false)).toThrow('BROWSER_EXECUTABLE points to /nope/chrome, which does not exist');
	});

	it('falls back to the system headless shell, then to Remotion’s own download', () => {
		expect(resolveBrowser(null, (file) => file === '/usr/bin/chromium-headless-shell')).toMatchObject({
			executable: '/usr/bin/chromium-headless-shell',
			source: 'system',
		});
		expect(resolveBrowser(null, () => false)).toEqual({ executable: null, chromeMode: 'headless-shell', source: 'remotion-download' });
	});
});
