import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerErrorOf } from '../support/caller-error-of.js';
import { type Caller, startTestContext, type TestContext } from '../support/start-test-context.js';

// Procedures called through the router (createCaller) with a real database and Redis: no HTTP, which is not what these test.
let context: TestContext;
let client: Caller;
let llm: http.Server;
const llmRequests: { authorization?: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];

// An OpenAI-compatible chat-completions endpoint that writes one fixed script.
const startChatServer = () =>
	new Promise<http.Server>((resolve) => {
		const server = http.createServer((req, res) => {
			let body = '';
			req.on('data', (chunk) => {
				body += chunk;
			});
			req.on('end', () => {
				llmRequests.push({ authorization: req.headers.authorization, body: JSON.parse(body) });
				const script = {
					title: 'Pizza test',
					language: 'en',
					hook: 'Which *pizza* wins?',
					beats: [{ text: 'Margherita is simple.', clipHint: 'pizza close-up' }],
					callToAction: 'Vote below.',
				};
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(
					JSON.stringify({
						id: 'c1',
						object: 'chat.completion',
						choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(script) }, finish_reason: 'stop' }],
					}),
				);
			});
		});
		server.listen(0, '127.0.0.1', () => resolve(server));
	});

beforeAll(async () => {
	llm = await startChatServer();
	const { port } = llm.address() as AddressInfo;
	context = await startTestContext({ env: { LLM_API_KEY: 'sk-test-secret', LLM_BASE_URL: `http://127.0.0.1:${port}/v1`, LLM_MODEL: 'test-model' } });
	client = await context.callerWithKey(['render']);
});
afterAll(async () => {
	await context?.stop();
	llm?.close();
});

describe('scripts', () => {
	it('stores a script and gives it back with its narration', async () => {
		const created = await client.scripts.create({ hook: 'This *one* habit', beats: [{ text: 'changed everything.' }] });
		expect(created).toMatchObject({ language: 'en', narration: 'This one habit changed everything.' });
		expect(await client.scripts.get({ id: created.id })).toEqual(created);
		expect((await client.scripts.list({})).items.map((item) => item.id)).toContain(created.id);
	});

	it('rejects a script without a hook, naming the field', async () => {
		const error = await callerErrorOf(client.scripts.create({ hook: '   ' }));
		expect(error.data?.code).toBe('BAD_REQUEST');
		expect(error.data?.issues?.[0]?.path).toBe('hook');
	});

	it('generates a script with the configured LLM and stores it', async () => {
		const generated = await client.scripts.generate({ topic: 'best pizza', clipDescriptions: ['pizza close-up', 'oven'] });
		expect(generated).toMatchObject({ title: 'Pizza test', narration: 'Which pizza wins? Margherita is simple. Vote below.' });
		expect(llmRequests.at(-1)?.authorization).toBe('Bearer sk-test-secret');
		expect(llmRequests.at(-1)?.body.model).toBe('test-model');
		expect(JSON.stringify(llmRequests.at(-1)?.body.messages)).toContain('best pizza');
	});
});
