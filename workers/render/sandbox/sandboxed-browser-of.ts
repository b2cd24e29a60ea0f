import { ensureBrowser } from '@remotion/renderer';
import type { ResolvedBrowser } from '../../../core/browser/resolve-browser.js';
import { writeSandboxedBrowserLauncher } from './write-sandboxed-browser-launcher.js';

/**
 * The browser renders start: the resolved one (configured, system, or Remotion's download, fetched now if it must be)
 * behind the launcher that routes every request through the egress guard.
 */
export const sandboxedBrowserOf = async (browser: ResolvedBrowser, { dir, proxyUrl }: { dir: string; proxyUrl: string }): Promise<ResolvedBrowser> => {
	let executable = browser.executable;
	if (!executable) {
		const status = await ensureBrowser({ chromeMode: browser.chromeMode });
		if (status.type !== 'local-puppeteer-browser' && status.type !== 'user-defined-path') {
			throw new Error(`No browser to render with (${status.type}): install chromium-headless-shell or set BROWSER_EXECUTABLE`);
		}
		executable = status.path;
	}
	return { ...browser, executable: writeSandboxedBrowserLauncher({ dir, browser: executable, proxyUrl }) };
};
