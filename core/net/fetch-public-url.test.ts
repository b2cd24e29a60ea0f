import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockedUrlError, fetchPublicUrl } from './fetch-public-url.js';

let server: http.Server;
let base: string;
beforeAll(async () => {
	server = http.createServer((req, res) => {
		if (req.url === '/to-metadata') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
		else if (req.url === '/to-ok') res.writeHead(301, { location: '/ok' }).end();
		else res.writeHead(200).end('fine');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
	server.close();
});

// The test server is on loopback; "public" here means "not 169.254.x.x", so redirects can be exercised locally.
const notMetadata = (address: string) => !address.startsWith('169.254.');

describe('fetchPublicUrl', () => {
	it('refuses a loopback URL unless private networks are allowed', async () => {
		await expect(fetchPublicUrl(`${base}/ok`, { allowPrivate: false, isPublic: () => false })).rejects.toThrow(BlockedUrlError);
		await expect(fetchPublicUrl(`${base}/ok`, { allowPrivate: false, isPublic: () => false })).rejects.toThrow(
			/resolves to 127\.0\.0\.1, a loopback, private or link-local address/,
		);
		expect((await fetchPublicUrl(`${base}/ok`, { allowPrivate: true, isPublic: () => false })).status).toBe(200);
	});

	it('checks every redirect hop', async () => {
		await expect(fetchPublicUrl(`${base}/to-metadata`, { allowPrivate: false, isPublic: notMetadata })).rejects.toThrow(/169\.254\.169\.254/);
		const followed = await fetchPublicUrl(`${base}/to-ok`, { allowPrivate: false, isPublic: notMetadata });
		expect(await followed.text()).toBe('fine');
	});

	it('refuses other schemes', async () => {
		await expect(fetchPublicUrl('file:///etc/passwd', { allowPrivate: true, isPublic: () => true })).rejects.toThrow(/only http and https/);
		await expect(fetchPublicUrl('ftp://example.com/x', { allowPrivate: false, isPublic: () => true })).rejects.toThrow(/only http and https/);
	});
});
