import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRIVATE_NETWORK_FEATURES, writeSandboxedBrowserLauncher } from './write-sandboxed-browser-launcher.js';

describe('writeSandboxedBrowserLauncher', () => {
	it('passes every argument through except the no-proxy flags and the private-network switches, and adds the guard as proxy', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-launcher-'));
		// A stand-in "browser" that prints the arguments it was started with, one per line.
		const printer = path.join(dir, "print args 'quoted'");
		fs.writeFileSync(printer, '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n', { mode: 0o755 });
		const launcher = writeSandboxedBrowserLauncher({ dir, browser: printer, proxyUrl: 'http://127.0.0.1:4321' });
		// The flags Remotion 4.0.527 passes (open-browser.js), trimmed to the ones that matter here.
		const remotionArgs = [
			'about:blank',
			'--no-proxy-server',
			"--proxy-server='direct://'",
			'--proxy-bypass-list=*',
			`--disable-features=AudioServiceOutOfProcess,IsolateOrigins,${PRIVATE_NETWORK_FEATURES.join(',')},Translate`,
			'--user-data-dir=/tmp/profile with space',
			'--remote-debugging-port=0',
		];
		const printed = execFileSync(launcher, remotionArgs, { encoding: 'utf8' }).trimEnd().split('\n');
		expect(printed).toEqual([
			'about:blank',
			'--disable-features=AudioServiceOutOfProcess,IsolateOrigins,Translate',
			'--user-data-dir=/tmp/profile with space',
			'--remote-debugging-port=0',
			'--proxy-server=http://127.0.0.1:4321',
			'--proxy-bypass-list=<-loopback>',
		]);
		expect(fs.statSync(launcher).mode & 0o777).toBe(0o700);
	});
});
