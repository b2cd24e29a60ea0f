import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAllowedHostRule } from './allowed-host-rules.js';
import { BlockedUrlError } from './blocked-url-error.js';
import { createOutboundPolicy } from './create-outbound-policy.js';

// A loopback server that counts what reached it: the policy is judged by hits, not by status codes.
let server: http.Server;
let port = 0;
let hits: string[] = [];
beforeAll(async () => {
	server = http.createServer((req, res) => {
		hits.push(req.url ?? '');
		if (req.url === '/to-metadata') res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
		else if (req.url === '/to-self') res.writeHead(302, { location: `http://127.0.0.1:${port}/ok` }).end();
		else res.writeHead(200).end('fine');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});
afterAll(() => {
	server.close();
});
beforeEach(() => {
	hits = [];
});

const rules = (...entries: string[]) => entries.map(parseAllowedHostRule);
const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(error: unknown) => error,
	);

describe('the outbound policy', () => {
	it.each([
		['loopback', (p: number) => `http://127.0.0.1:${p}/x`],
		['loopback, another /8 address', (p: number) => `http://127.9.9.9:${p}/x`],
		['loopback in decimal', (p: number) => `http://2130706433:${p}/x`],
		['loopback in hex', (p: number) => `http://0x7f000001:${p}/x`],
		['loopback in octal', (p: number) => `http://0177.0.0.1:${p}/x`],
		['loopback shortened', (p: number) => `http://127.1:${p}/x`],
		['IPv6 loopback', (p: number) => `http://[::1]:${p}/x`],
		['IPv4-mapped IPv6', (p: number) => `http://[::ffff:127.0.0.1]:${p}/x`],
		['IPv4-mapped IPv6 in hex', (p: number) => `http://[::ffff:7f00:1]:${p}/x`],
		['6to4 of loopback', (p: number) => `http://[2002:7f00:1::]:${p}/x`],
		['NAT64 of loopback', (p: number) => `http://[64:ff9b::7f00:1]:${p}/x`],
		['localhost by name', (p: number) => `http://localhost:${p}/x`],
		['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
		['a private address', () => 'http://10.0.0.1/'],
		['CGNAT', () => 'http://100.64.0.1/'],
		['multicast', () => 'http://224.0.0.1/'],
		['the unspecified address', (p: number) => `http://0.0.0.0:${p}/x`],
	])('refuses %s without sending anything', async (_case, urlOf) => {
		const policy = createOutboundPolicy({ rules: [] });
		const error = await refusal(policy.fetch(urlOf(port)));
		expect(error).toBeInstanceOf(BlockedUrlError);
		expect((error as BlockedUrlError).message).toMatch(/the outbound policy refuses it|does not resolve/);
		await expect(policy.check(urlOf(port))).rejects.toBeInstanceOf(BlockedUrlError);
		expect(hits).toEqual([]);
	});

	it('reaches a host the allow-list names, and only on the port it names', async () => {
		const allowed = createOutboundPolicy({ rules: rules(`127.0.0.1:${port}`) });
		expect(await (await allowed.fetch(`http://127.0.0.1:${port}/ok`)).text()).toBe('fine');
		const otherPort = createOutboundPolicy({ rules: rules(`127.0.0.1:${port + 1}`) });
		await expect(otherPort.fetch(`http://127.0.0.1:${port}/ok`)).rejects.toBeInstanceOf(BlockedUrlError);
		const range = createOutboundPolicy({ rules: rules('127.0.0.0/8') });
		expect((await range.fetch(`http://127.0.0.1:${port}/ok`)).status).toBe(200);
		expect(hits).toEqual(['/ok', '/ok']);
	});

	it('checks every redirect hop: an allowed host redirecting to the metadata address is refused after the first hop', async () => {
		const policy = createOutboundPolicy({ rules: rules(`127.0.0.1:${port}`) });
		const error = await refusal(policy.fetch(`http://127.0.0.1:${port}/to-metadata`));
		expect((error as BlockedUrlError).message).toMatch(/169\.254\.169\.254 is a link-local address/);
		expect(hits).toEqual(['/to-metadata']);
		expect(await (await policy.fetch(`http://127.0.0.1:${port}/to-self`)).text()).toBe('fine');
		// With redirect: 'manual' (webhooks) the 3xx itself is the answer.
		expect((await policy.fetch(`http://127.0.0.1:${port}/to-metadata`, { redirect: 'manual' })).status).toBe(302);
	});

	it('connects to the address it checked: a name that resolves to loopback only at connection time is refused', async () => {
		let lookups = 0;
		// The first answer is public (the check before the request), the second loopback (DNS rebinding).
		const policy = createOutboundPolicy({ rules: [], resolve: async () => (lookups++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']) });
		const error = await refusal(policy.fetch(`http://rebinding.test:${port}/x`));
		expect(error).toBeInstanceOf(BlockedUrlError);
		expect((error as BlockedUrlError).message).toContain('rebinding.test resolves to 127.0.0.1, a loopback address');
		expect(hits).toEqual([]);
	});

	it('uses the resolved address for the connection (the name is never looked up again)', async () => {
		const policy = createOutboundPolicy({ rules: rules(`127.0.0.1:${port}`), resolve: async () => ['127.0.0.1'] });
		// No such name exists in DNS: reaching the server proves the connection went to the checked address.
		expect(await (await policy.fetch(`http://pinned.reelforge.test:${port}/ok`)).text()).toBe('fine');
	});

	it('refuses a name with any private answer among public ones', async () => {
		const policy = createOutboundPolicy({ rules: [], resolve: async () => ['93.184.216.34', '10.1.2.3'] });
		await expect(policy.check('http://mixed.test/')).rejects.toThrow(/10\.1\.2\.3, a private address/);
	});

	it.each(['file:///etc/passwd', 'ftp://example.com/x', 'data:text/plain,hi', 'gopher://127.0.0.1:6379/_PING'])('refuses the scheme of %s', async (url) => {
		await expect(createOutboundPolicy({ rules: rules('*') }).fetch(url)).rejects.toThrow(/only http and https/);
	});

	it('gives clients with their own HTTP stack agents under the same rules', async () => {
		const get = (agent: http.Agent) =>
			new Promise<number>((resolve, reject) => {
				http.get(`http://localhost:${port}/agent`, { agent }, (res) => resolve(res.statusCode ?? 0)).on('error', reject);
			});
		await expect(get(createOutboundPolicy({ rules: [] }).agents.http)).rejects.toThrow(/loopback address/);
		expect(hits).toEqual([]);
		expect(await get(createOutboundPolicy({ rules: rules('localhost') }).agents.http)).toBe(200);
	});
});

describe('allow-list entries', () => {
	it.each(['10.0.0.0/8', '127.0.0.1:9000', '[::1]:9000', '::1', 'fd00::/8', 'minio.internal', 'minio.internal:9000', '*'])('parses %s', (entry) => {
		expect(() => parseAllowedHostRule(entry)).not.toThrow();
	});

	it.each(['10.0.0.0/33', 'host:0', 'host:70000', 'bad host', 'http://x', '::1/129'])('refuses %s with the entry quoted', (entry) => {
		expect(() => parseAllowedHostRule(entry)).toThrow(JSON.stringify(entry));
	});
});
