import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStudio } from './serve-studio.js';

let server: http.Server;
let base: string;
let dist: string;

beforeAll(async () => {
	dist = fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-studio-dist-'));
	fs.mkdirSync(path.join(dist, 'assets'));
	fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>studio</title>');
	fs.writeFileSync(path.join(dist, 'assets', 'index-Ab12.js'), 'console.log(1)');
	fs.writeFileSync(path.join(dist, 'assets', 'font-Cd34.woff2'), 'woff2');
	fs.writeFileSync(path.join(os.tmpdir(), 'outside-studio.txt'), 'secret');
	// The raw target, not a normalised URL: the guard against `..` must hold on its own.
	server = http.createServer((req, res) => void serveStudio(req, res, req.url ?? '/', dist));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => server.close());

describe('serveStudio', () => {
	it('serves index.html uncached and hashed assets for a year, with their content types', async () => {
		const index = await fetch(`${base}/studio/`);
		expect(index.status).toBe(200);
		expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(index.headers.get('cache-control')).toBe('no-cache');
		const script = await fetch(`${base}/studio/assets/index-Ab12.js`);
		expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(await script.text()).toBe('console.log(1)');
		expect((await fetch(`${base}/studio/assets/font-Cd34.woff2`)).headers.get('content-type')).toBe('font/woff2');
	});

	it('answers 304 to a matching ETag', async () => {
		const first = await fetch(`${base}/studio/assets/index-Ab12.js`);
		const again = await fetch(`${base}/studio/assets/index-Ab12.js`, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
		expect(again.status).toBe(304);
	});

	it('falls back to index.html for app paths, but 404s a missing file and anything outside the build', async () => {
		expect(await (await fetch(`${base}/studio/renders`)).text()).toContain('<title>studio</title>');
		expect((await fetch(`${base}/studio/assets/missing-Zz.js`)).status).toBe(404);
		const rawStatus = (target: string) => new Promise<number | undefined>((resolve) => http.get(`${base}${target}`, (res) => resolve(res.resume().statusCode)));
		expect(await rawStatus('/studio/..%2Foutside-studio.txt')).toBe(404);
		expect(await rawStatus('/studio/%2e%2e%2foutside-studio.txt')).toBe(404);
		expect((await fetch(`${base}/studio/%E0%A4%A`)).status).toBe(404);
	});

	it('says how to build the studio when it was never built', async () => {
		const bare = http.createServer((req, res) => void serveStudio(req, res, '/studio/', path.join(dist, 'nowhere')));
		await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
		const address = bare.address();
		const response = await fetch(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/studio/`);
		bare.close();
		expect(response.status).toBe(503);
		expect(await response.text()).toContain('npm run studio:build');
	});
});
