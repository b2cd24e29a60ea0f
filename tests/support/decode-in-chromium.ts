import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { launchChromium } from './launch-chromium.js';

/**
 * Each file's first audio channel as Chromium decodes it (Web Audio's decodeAudioData at 48 kHz, the decoder behind
 * browser players' audio), served over loopback HTTP. Null for a file Chromium cannot decode.
 */
export const decodeInChromium = async (files: readonly string[]): Promise<(Float32Array | null)[]> => {
	const server = http.createServer((req, res) => {
		const file = files[Number((req.url ?? '/').slice(1))];
		if (!file) return void res.writeHead(req.url === '/page' ? 200 : 404, { 'content-type': 'text/html' }).end('<html></html>');
		res.writeHead(200, { 'content-type': path.extname(file) === '.webm' ? 'video/webm' : 'video/mp4' }).end(fs.readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/page`);
		const decoded: (Float32Array | null)[] = [];
		for (const index of files.keys()) {
			const samples = await page
				.evaluate(async (url) => {
					const bytes = await (await fetch(url)).arrayBuffer();
					const buffer = await new OfflineAudioContext(1, 1, 48_000).decodeAudioData(bytes);
					return Array.from(buffer.getChannelData(0));
				}, `/${index}`)
				.catch(() => null);
			decoded.push(samples ? Float32Array.from(samples) : null);
		}
		return decoded;
	} finally {
		await browser.close();
		server.close();
	}
};
