import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import type { AppRouter } from '../../../server/root.js';

/**
 * The studio's API client, on the page's own origin (the API serves the built studio; Vite's dev server proxies it).
 * Queries and mutations send the key as a header; EventSource cannot, so subscriptions send it as a connection param.
 */
const studioLinks = (apiKey: string | null) => {
	const url = `${window.location.origin}/trpc`;
	return [
		splitLink<AppRouter>({
			condition: (op) => op.type === 'subscription',
			true: httpSubscriptionLink({ url, connectionParams: () => (apiKey ? { apiKey } : {}) }),
			false: httpBatchLink({ url, headers: () => (apiKey ? { authorization: `Bearer ${apiKey}` } : {}) }),
		}),
	];
};

export const createStudioClient = (apiKey: string | null) => createTRPCClient<AppRouter>({ links: studioLinks(apiKey) });

export type StudioClient = ReturnType<typeof createStudioClient>;
