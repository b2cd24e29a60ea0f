import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import type { AppRouter } from '../server/root.js';

/**
 * A typed Reelforge API client for Node: queries and mutations over HTTP, subscriptions over SSE.
 * With `apiKey`, every request (SSE ones included) sends `Authorization: Bearer <key>`.
 */
export const createApiClient = (baseUrl: string, { apiKey }: { apiKey?: string } = {}) => {
	const url = `${baseUrl.replace(/\/$/, '')}/trpc`;
	const authorization: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
	return createTRPCClient<AppRouter>({
		links: [
			splitLink({
				condition: (op) => op.type === 'subscription',
				// Node 20 has no global EventSource; the ponyfill's own fetch is how SSE requests get headers.
				true: httpSubscriptionLink({
					url,
					EventSource,
					eventSourceOptions: apiKey ? { fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, ...authorization } }) } : undefined,
				}),
				false: httpBatchLink({ url, headers: authorization }),
			}),
		],
	});
};

export type ApiClient = ReturnType<typeof createApiClient>;
