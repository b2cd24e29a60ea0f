import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import type { AppRouter } from '../../server/root.js';

/** A typed Reelforge API client for Node: queries and mutations over HTTP, subscriptions over SSE. */
export const createApiClient = (baseUrl: string) => {
	const url = `${baseUrl.replace(/\/$/, '')}/trpc`;
	return createTRPCClient<AppRouter>({
		links: [
			splitLink({
				condition: (op) => op.type === 'subscription',
				// Node 20 has no global EventSource.
				true: httpSubscriptionLink({ url, EventSource }),
				false: httpBatchLink({ url }),
			}),
		],
	});
};

export type ApiClient = ReturnType<typeof createApiClient>;
