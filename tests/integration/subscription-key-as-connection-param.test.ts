import { createTRPCClient, httpSubscriptionLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/access/create-api-key.js';
import type { AppRouter } from '../../server/root.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';

let stack: TestStack;
let secret: string;

beforeAll(async () => {
	stack = await startTestStack({ worker: false, env: { REQUIRE_API_KEY: 'true' } });
	secret = (await createApiKey(stack.db, { name: 'studio', scopes: ['render'], rateLimitPerMinute: 1000 })).secret;
});
afterAll(async () => {
	await stack?.stop();
});

/** A subscription the way the studio makes one: the browser's EventSource sends no headers, so the key goes as a connection param. */
const followRender = (connectionParams: Record<string, string>) =>
	new Promise<'complete' | string>((resolve) => {
		const client = createTRPCClient<AppRouter>({
			links: [httpSubscriptionLink({ url: `${stack.api.url}/trpc`, EventSource, connectionParams: () => connectionParams })],
		});
		const subscription = client.renders.onProgress.subscribe(
			{ id: 'no-such-render' },
			{
				onComplete: () => resolve('complete'),
				onError: (error) => {
					subscription.unsubscribe();
					resolve(error.data?.code ?? error.message);
				},
			},
		);
	});

describe('an SSE subscription on a server that requires keys', () => {
	it('is let in with the key as the apiKey connection param', async () => {
		expect(await followRender({ apiKey: secret })).toBe('complete');
	});

	it('is refused without a key, and with a wrong one', async () => {
		expect(await followRender({})).toBe('UNAUTHORIZED');
		expect(await followRender({ apiKey: 'rf_not-a-real-key' })).toBe('UNAUTHORIZED');
	});
});
