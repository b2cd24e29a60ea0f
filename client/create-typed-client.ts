import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, type TRPCLink } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import { EventSource } from 'eventsource';

export type ClientOptions = {
	/** Sent as `x-api-key` on every request, SSE ones included. */
	apiKey?: string;
};

/**
 * A tRPC client for a Reelforge server: queries and mutations over HTTP, subscriptions over SSE. Typed by the router
 * type it is given: the server's own (createApiClient, in this repository) or the generated one (@reelforge/client).
 */
export const createTypedClient = <TRouter extends AnyRouter>(baseUrl: string, { apiKey }: ClientOptions = {}) => {
	const url = `${baseUrl.replace(/\/$/, '')}/trpc`;
	const authorization: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
	// Links are the same for any router without a transformer; built once for AnyRouter, then typed as the caller's.
	const links: TRPCLink<AnyRouter>[] = [
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
	];
	return createTRPCClient<TRouter>({ links: links as unknown as TRPCLink<TRouter>[] });
};
