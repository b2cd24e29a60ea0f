import fs from 'node:fs';

export type ResolvedBrowser = {
	/** null: let Remotion download its own headless shell (needs internet). */
	executable: string | null;
	chromeMode: 'headless-shell' | 'chrome-for-testing';
	source: 'config' | 'system' | 'remotion-download';
};

const SYSTEM_HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/headless_shell', '/usr/bin/chrome-headless-shell'];

const modeOf = (executable: string): ResolvedBrowser['chromeMode'] => (/headless[-_]shell/.test(executable) ? 'headless-shell' : 'chrome-for-testing');

/** Configured path first, then the system headless shell, then Remotion's own download. */
export const resolveBrowser = (configured: string | null, exists: (file: string) => boolean = fs.existsSync): ResolvedBrowser => {
	if (configured) {
		if (!exists(configured)) {
			throw new Error(`BROWSER_EXECUTABLE points to ${configured}, which does not exist`);
		}
		return { executable: configured, chromeMode: modeOf(configured), source: 'config' };
	}
	const system = SYSTEM_HEADLESS_SHELLS.find((file) => exists(file));
	if (system) return { executable: system, chromeMode: 'headless-shell', source: 'system' };
	return { executable: null, chromeMode: 'headless-shell', source: 'remotion-download' };
};
