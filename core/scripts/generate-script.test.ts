import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChatModel, generateScript } from './generate-script.js';

const API_KEY = 'gsk_test_8c2d4e6f0a1b3c5d';
const MODEL = 'llama-3.3-70b-versatile';

type ChatRequest = { model: string; messages: { role: string; content: string }[]; response_format?: { type: string } };
type Reply = { status: number; headers?: Record<string, string>; body: unknown };

const VALID_SCRIPT = {
	title: 'Why cats sleep so much',
	language: 'en',
	hook: 'Your cat sleeps *sixteen* hours a day. Here is why.',
	beats: [
		{ text: 'Cats are *hunters*, and hunting burns energy in short bursts.', clipHint: 'cat stalking in grass' },
		{ text: 'Sleep is how they *recharge* for the next chase.', clipHint: 'cat asleep on a sofa' },
	],
	callToAction: 'Follow for more *weird* pet facts.',
};

/** A chat completion whose assistant message is `content`, as OpenAI and Groq answer. */
const answer = (content: string | null): Reply => ({
	status: 200,
	body: {
		id: 'chatcmpl-1',
		object: 'chat.completion',
		created: 1_700_000_000,
		model: MODEL,
		choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
		usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
	},
});

let server: http.Server;
let llm: ChatModel;
let received: ChatRequest[] = [];
/** Answers for the coming requests, in order; the last one repeats. */
let script: Reply[] = [];

beforeAll(async () => {
	server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk: Buffer) => {
			raw += chunk.toString();
		});
		req.on('end', () => {
			const send = ({ status, headers, body }: Reply) => {
				res.writeHead(status, { 'content-type': 'application/json', ...headers });
				res.end(JSON.stringify(body));
			};
			if (req.method !== 'POST' || req.url !== '/openai/v1/chat/completions') {
				return send({ status: 404, body: { error: { message: `Unknown route ${req.method} ${req.url}`, type: 'invalid_request_error' } } });
			}
			if (req.headers.authorization !== `Bearer ${API_KEY}`) {
				// OpenAI quotes part of the key it got; the client must not pass this on.
				return send({
					status: 401,
					body: { error: { message: `Incorrect API key provided: ${req.headers.authorization}`, type: 'invalid_request_error', code: 'invalid_api_key' } },
				});
			}
			const body = JSON.parse(raw) as ChatRequest;
			received.push(body);
			send((script.length > 1 ? script.shift() : script[0]) ?? answer(JSON.stringify(VALID_SCRIPT)));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	llm = { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openai/v1/`, apiKey: API_KEY, model: MODEL };
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
	received = [];
	script = [answer(JSON.stringify(VALID_SCRIPT))];
});

const request = { topic: 'Why cats sleep so much', clipDescriptions: ['cat stalking in grass', 'cat asleep on a sofa'], beats: 2 };

describe('generateScript', () => {
	it('asks for a JSON script about the topic and returns it validated', async () => {
		const result = await generateScript(request, llm);

		expect(result).toEqual(VALID_SCRIPT);
		expect(received).toHaveLength(1);
		const sent = received[0];
		expect(sent?.model).toBe(MODEL);
		expect(sent?.response_format).toEqual({ type: 'json_object' });
		expect(sent?.messages.map((message) => message.role)).toEqual(['system', 'user']);
		expect(sent?.messages[0]?.content).toMatch(/"hook"/);
		expect(sent?.messages[0]?.content).toMatch(/"clipHint"/);
		expect(sent?.messages[0]?.content).toMatch(/asterisks/);
		expect(sent?.messages[1]?.content).toContain('Why cats sleep so much');
		expect(sent?.messages[1]?.content).toContain('2. cat asleep on a sofa');
		expect(sent?.messages[1]?.content).toContain('exactly 2');
	});

	it('fills in the requested language when the model leaves it out', async () => {
		const { language: _, ...withoutLanguage } = VALID_SCRIPT;
		script = [answer(JSON.stringify(withoutLanguage))];
		const result = await generateScript({ ...request, language: 'de' }, llm);
		expect(result.language).toBe('de');
	});

	it('retries once with the validation errors when the first answer does not fit the schema', async () => {
		script = [answer(JSON.stringify({ ...VALID_SCRIPT, hook: '', beats: 'none' })), answer(JSON.stringify(VALID_SCRIPT))];
		const result = await generateScript(request, llm);

		expect(result).toEqual(VALID_SCRIPT);
		expect(received).toHaveLength(2);
		const retry = received[1]?.messages ?? [];
		expect(retry.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
		expect(retry[2]?.content).toContain('"beats":"none"');
		expect(retry[3]?.content).toMatch(/hook: .*characters/);
		expect(retry[3]?.content).toMatch(/beats: .*array/);
	});

	it('retries once when the first answer is not JSON', async () => {
		script = [answer('Sure! Here is your script: {hook: ...'), answer(JSON.stringify(VALID_SCRIPT))];
		await expect(generateScript(request, llm)).resolves.toEqual(VALID_SCRIPT);
		expect(received[1]?.messages[3]?.content).toMatch(/not valid JSON/);
	});

	it('fails saying what was wrong when the second answer is invalid too', async () => {
		script = [answer(JSON.stringify({ hook: 'Only a hook', beats: [{ text: '' }] }))];
		await expect(generateScript(request, llm)).rejects.toThrow(/did not write a usable script in 2 attempts: beats\.0\.text: .*characters/);
		expect(received).toHaveLength(2);
	});

	it('reports a rejected key without revealing it', async () => {
		const wrongKey = 'gsk_wrong_1a2b3c4d5e6f';
		const error = await generateScript(request, { ...llm, apiKey: wrongKey }).then(
			() => null,
			(error: unknown) => error as Error,
		);
		expect(error?.message).toMatch(/rejected the API key \(HTTP 401\).*LLM_API_KEY/);
		expect(error?.message).not.toContain(wrongKey);
		expect(error?.message).not.toContain('gsk_');
	});

	it('reports a rate limit with the wait the API asked for', async () => {
		script = [{ status: 429, headers: { 'retry-after': '12' }, body: { error: { message: 'Rate limit reached for model', type: 'tokens' } } }];
		await expect(generateScript(request, llm)).rejects.toThrow(/rate limiting requests \(HTTP 429\); try again in 12s: Rate limit reached/);
		expect(received).toHaveLength(1);
	});

	it('reports a server failure with its status', async () => {
		script = [{ status: 503, body: { error: { message: 'Service unavailable' } } }];
		await expect(generateScript(request, llm)).rejects.toThrow(/failed \(HTTP 503\): Service unavailable/);
	});

	it('rejects a request without a topic before calling the API', async () => {
		await expect(generateScript({ topic: ' ', clipDescriptions: [] }, llm)).rejects.toThrow(/topic/);
		expect(received).toHaveLength(0);
	});
});
