import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaptionToken } from '../../compositions/captions/CaptionToken.js';
import { captionStyleSchema } from '../../compositions/captions/caption-word-schema.js';
import { parseAllowedHostRule } from '../../core/net/allowed-host-rules.js';
import { BlockedUrlError } from '../../core/net/blocked-url-error.js';
import { createOutboundPolicy } from '../../core/net/create-outbound-policy.js';
import { callProcedureOverHttp, errorMessageOf, getRawPath, type HttpAnswer, postRaw } from '../support/call-procedure-over-http.js';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';

let stack: TestStack;
let redirectServer: http.Server;
let redirectUrl: string;
let redirectHits = 0;

beforeAll(async () => {
	// Private networks refused, as in production; nothing here needs to fetch from loopback.
	stack = await startTestStack({ worker: false, env: { OUTBOUND_ALLOWED_HOSTS: '', RATE_LIMIT_PER_MINUTE: '1000000' } });
	redirectServer = http.createServer((_req, res) => {
		redirectHits += 1;
		res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' }).end();
	});
	await new Promise<void>((resolve) => redirectServer.listen(0, '127.0.0.1', resolve));
	redirectUrl = `http://127.0.0.1:${(redirectServer.address() as AddressInfo).port}/clip.mp4`;
});
afterAll(async () => {
	await new Promise((resolve) => redirectServer?.close(resolve));
	await stack?.stop();
});

const mutate = (procedure: string, input: unknown) => callProcedureOverHttp(stack.api.url, procedure, 'mutation', input);
const query = (procedure: string, input: unknown) => callProcedureOverHttp(stack.api.url, procedure, 'query', input);

const expectClientError = (answer: HttpAnswer, status?: number) => {
	expect(answer.status, answer.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
	expect(answer.status, answer.body.slice(0, 300)).toBeLessThan(500);
	if (status !== undefined) expect(answer.status, answer.body.slice(0, 300)).toBe(status);
	expect(errorMessageOf(answer)).toBeTruthy();
	return errorMessageOf(answer) ?? '';
};

const expectHealthy = async () => expect((await fetch(`${stack.api.url}/healthz`)).status).toBe(200);

/** JSON text nested `depth` deep, built as text: JSON.stringify itself would overflow the stack first. */
const nestedJson = (depth: number) => `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}`;
const captionedClipJson = JSON.stringify(smallCaptionedClipProps('storage:samples/clip.mp4'));

/** Sends a request line as given and returns whatever comes back before the server closes or answers. */
const rawRequest = (port: number, requestLine: string) =>
	new Promise<string>((resolve, reject) => {
		const socket = net.connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
		let received = '';
		socket.setEncoding('latin1');
		socket.on('data', (chunk: string) => {
			received += chunk;
		});
		socket.on('end', () => resolve(received));
		socket.on('error', reject);
	});

describe('oversize and deeply nested bodies', () => {
	it('rejects 2 MB of props with 413 from the body limit', async () => {
		const props = { ...smallCaptionedClipProps(stack.sampleClipSrc), padding: 'x'.repeat(2 * 1024 * 1024) };
		const message = expectClientError(await mutate('renders.create', { template: 'captioned-clip', props }), 413);
		expect(message).toContain('MAX_BODY_BYTES');
		await expectHealthy();
	});

	it.each([
		[
			'props.captions',
			`{"template":"captioned-clip","props":{"durationInSeconds":2,"background":{"src":"storage:samples/clip.mp4"},"captions":${nestedJson(10_000)}}}`,
		],
		['metadata', `{"template":"captioned-clip","props":${captionedClipJson},"metadata":{"deep":${nestedJson(10_000)}}}`],
		['an unknown prop', `{"template":"captioned-clip","props":{"durationInSeconds":"2","extra":${nestedJson(10_000)}}}`],
		['the whole input', nestedJson(10_000)],
	])('rejects JSON nested 10 000 deep in %s with a 4xx', async (_where, body) => {
		expectClientError(await postRaw(`${stack.api.url}/trpc/renders.create`, body));
		await expectHealthy();
	});

	it.each([
		['baseProps', `{"template":"captioned-clip","baseProps":{"captions":${nestedJson(10_000)}},"rows":[{"background.src":"storage:samples/clip.mp4"}]}`],
		['a row', `{"template":"captioned-clip","rows":[{"captions":${nestedJson(10_000)}}]}`],
		['a variant', `{"template":"captioned-clip","rows":[{"x":"1"}],"variants":{"path":"captions","values":[${nestedJson(10_000)}]}}`],
	])('rejects a batch nesting 10 000 deep in %s with a 4xx, or reports the row invalid', async (_where, body) => {
		const answer = await postRaw(`${stack.api.url}/trpc/batches.validate`, body);
		if (answer.status === 200) expect((answer.json as { result: { data: { validRows: number } } }).result.data.validRows).toBe(0);
		else expectClientError(answer);
		expectClientError(await postRaw(`${stack.api.url}/trpc/batches.create`, body));
		await expectHealthy();
	});

	it('rejects a CSV of 100 000 rows with a 4xx naming the row limit', async () => {
		const csv = `hook\n${'x\n'.repeat(100_000)}`;
		const message = expectClientError(await mutate('batches.validate', { template: 'captioned-clip', csv }), 400);
		expect(message).toContain('more than 5000 rows');
		expectClientError(await mutate('batches.create', { template: 'captioned-clip', csv }), 400);
		expect(await stack.db.batch.count()).toBe(0);
	});

	it('rejects a script hook of 1 MB with a 4xx', async () => {
		expectClientError(await mutate('scripts.create', { hook: 'h'.repeat(1024 * 1024) }));
		// Under the body limit, the schema's own limit answers.
		const message = expectClientError(await mutate('scripts.create', { hook: 'h'.repeat(500_000) }), 400);
		expect(message).toMatch(/500/);
	});

	it('rejects narration text of 20 001 characters with a 400', async () => {
		const narration = { text: 'a'.repeat(20_001) };
		expectClientError(await mutate('renders.create', { template: 'faceless-narration', props: {}, narration }), 400);
		expectClientError(await mutate('voiceovers.preview', { narration }), 400);
	});
});

describe('clip URLs on private networks', () => {
	type ImportResult = { index: number; ok: boolean; error?: string };
	const importOne = async (url: string) => {
		const answer = await mutate('clips.import', { items: [{ url }] });
		expect(answer.status, answer.body).toBe(200);
		return (answer.json as { result: { data: ImportResult[] } }).result.data[0];
	};

	it.each([
		'http://127.0.0.1/clip.mp4',
		'http://169.254.169.254/latest/meta-data/',
		'http://[::1]/clip.mp4',
		'http://localhost/clip.mp4',
		'http://0x7f.1/clip.mp4',
		'http://10.0.0.1/clip.mp4',
		'http://[::ffff:127.0.0.1]/clip.mp4',
		'http://[::ffff:169.254.169.254]/latest/meta-data/',
	])('refuses %s before connecting', async (url) => {
		const result = await importOne(url);
		expect(result).toMatchObject({ index: 0, ok: false });
		expect(result?.error).toContain('is not allowed');
	});

	it('refuses a URL that redirects to the cloud metadata address', async () => {
		const result = await importOne(redirectUrl);
		expect(result).toMatchObject({ ok: false });
		expect(result?.error).toContain('is not allowed');
		// Loopback itself is private: the check stops it before any connection.
		expect(redirectHits).toBe(0);
		expect(await stack.db.clip.count()).toBe(0);
	});

	it('checks every redirect hop, even when the first host counts as public', async () => {
		const before = redirectHits;
		// The redirecting server itself is allow-listed; where it sends the request is not.
		const policy = createOutboundPolicy({ rules: [parseAllowedHostRule(new URL(redirectUrl).host)] });
		const fetching = policy.fetch(redirectUrl);
		await expect(fetching).rejects.toBeInstanceOf(BlockedUrlError);
		await expect(fetching).rejects.toThrow(/169\.254\.169\.254/);
		expect(redirectHits).toBe(before + 1);
	});
});

describe('path traversal', () => {
	beforeAll(() => {
		const chunk = path.join(stack.config.storageDir, 'chunks', 'unjoined', '0000.ts');
		fs.mkdirSync(path.dirname(chunk), { recursive: true });
		fs.writeFileSync(chunk, 'an unjoined chunk');
	});

	it('serves the sample media the studio previews', async () => {
		const answer = await getRawPath(stack.api.url, '/files/samples/clip.mp4');
		expect(answer.status).toBe(200);
	});

	it.each(['storage:../../etc/passwd', 'storage:samples/../../../etc/passwd', 'storage:/etc/passwd', 'storage:.env'])(
		'rejects the media source %s with a 400 naming the field',
		async (src) => {
			const message = expectClientError(await mutate('renders.create', { template: 'captioned-clip', props: smallCaptionedClipProps(src) }), 400);
			expect(message).toContain('background.src');
		},
	);

	it.each([
		'/files/..%2F..%2Fetc%2Fpasswd',
		'/files/renders/../../reelforge.db',
		'/files/%2e%2e/%2e%2e/reelforge.db',
		'/files/..%5C..%5Creelforge.db',
		'/files/%2Fetc%2Fpasswd',
		// In storage, but neither a finished output, a voiceover, an imported clip nor sample media.
		'/files/chunks/unjoined/0000.ts',
		'/files/chunks%2Funjoined%2F0000.ts',
		'/files/%E0%A4%A',
		'/files/%00',
	])('answers GET %s with 404 or 400 and no file', async (rawPath) => {
		const answer = await getRawPath(stack.api.url, rawPath);
		expect([400, 404], `${answer.status} ${answer.body.slice(0, 200)}`).toContain(answer.status);
		expect(errorMessageOf(answer)).toBeTruthy();
		expect(answer.body).not.toContain('root:');
		expect(answer.body).not.toContain('SQLite format');
		await expectHealthy();
	});

	it.each(['GET http://[ HTTP/1.1', 'GET //[::1 HTTP/1.1', 'GET /files/%zz HTTP/1.1'])('survives the request line %s', async (line) => {
		const answer = await rawRequest(Number(new URL(stack.api.url).port), line);
		expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
		await expectHealthy();
	});
});

describe('names that do not exist', () => {
	it('answers unknown template ids with 404', async () => {
		expectClientError(await query('templates.get', { id: 'no-such-template' }), 404);
		expectClientError(await mutate('renders.create', { template: 'no-such-template', props: {} }), 404);
		expectClientError(await mutate('batches.validate', { template: '../clip-story', rows: [{}] }), 404);
		expect((await fetch(`${stack.api.url}/templates/no-such-template/thumbnail.png`)).status).toBe(404);
	});
});

describe('HTML in caption text', () => {
	const xss = '<img src=x onerror=alert(1)>';

	it('accepts HTML in caption text as props: it is only ever drawn as text', async () => {
		const props = smallCaptionedClipProps(stack.sampleClipSrc);
		props.captions.words[0] = { text: xss, startMs: 0, endMs: 600 };
		const answer = await mutate('renders.create', { template: 'captioned-clip', props });
		expect(answer.status, answer.body).toBe(200);
	});

	it('renders caption text escaped, never as markup', () => {
		const style = captionStyleSchema.parse({});
		for (const active of [true, false]) {
			const html = renderToStaticMarkup(createElement(CaptionToken, { text: ` ${xss}`, state: { active, emphasised: !active }, style }));
			expect(html).toContain('&lt;img');
			expect(html).not.toContain('<img');
		}
	});
});
