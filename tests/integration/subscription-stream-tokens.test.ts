import http from 'node:http';
import { createTRPCClient, httpSubscriptionLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../client/create-api-client.js';
import { resolveUrlSigningSecret } from '../../core/links/resolve-url-signing-secret.js';
import { createApiKey } from '../../server/access/create-api-key.js';
import { issueStreamToken } from '../../server/access/stream-token.js';
import type { AppRouter } from '../../server/root.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';

let stack: TestStack;
let secret: string;
let keyId: string;
// Every request line the API receives, as an access log would record it: a key must never be in one.
const requestLines: string[] = [];
const originalEmit = http.Server.prototype.emit;

beforeAll(async () => {
	stack = await startTestStack({ worker: false, env: { REQUIRE_API_KEY: 'true' } });
	const key = await createApiKey(stack.db, { workspaceId: 'default', name: 'studio', scopes: ['render'], rateLimitPerMinute: 1000 });
	secret = key.secret;
	keyId = key.id;
	http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
		if (event === 'request') requestLines.push((args[0] as http.IncomingMessage).url ?? '');
		return originalEmit.apply(this, [event, ...args] as Parameters<typeof originalEmit>);
	} as typeof originalEmit;
});
afterAll(async () => {
	http.Server.prototype.emit = originalEmit;
	await stack?.stop();
});

/** A subscription the way the studio makes one: the browser's EventSource sends no headers, only connection params in the URL. */
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
	it('is let in with a stream token from access.streamToken, and the key never appears in a request line', async () => {
		const token = await createApiClient(stack.api.url, { apiKey: secret }).access.streamToken.mutate();
		expect(token?.token).toMatch(new RegExp(`^${keyId}\\.\\d+\\.[\\w-]+$`));
		requestLines.length = 0;
		expect(await followRender({ streamToken: token?.token ?? '' })).toBe('complete');
		expect(requestLines.some((line) => line.includes('renders.onProgress'))).toBe(true);
		expect(requestLines.join('\n')).not.toContain(secret);
	});

	it('no longer takes the key itself as a connection param', async () => {
		expect(await followRender({ apiKey: secret })).toBe('UNAUTHORIZED');
	});

	it('is refused without a token, with a forged or expired one, and once the key is revoked', async () => {
		expect(await followRender({})).toBe('UNAUTHORIZED');
		expect(await followRender({ streamToken: issueStreamToken('not-the-server-secret', keyId).token })).toBe('UNAUTHORIZED');
		const expired = issueStreamToken(resolveUrlSigningSecret(stack.config), keyId, Date.now() - 3600_000).token;
		expect(await followRender({ streamToken: expired })).toBe('UNAUTHORIZED');
		const fresh = await createApiClient(stack.api.url, { apiKey: secret }).access.streamToken.mutate();
		await stack.db.apiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() } });
		expect(await followRender({ streamToken: fresh?.token ?? '' })).toBe('UNAUTHORIZED');
	});
});
