import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import type { AppRouter } from '../../../server/root.js';

/**
 * The studio's API client, on the page's own origin (the API serves the built studio; Vite's dev server proxies it).
 * Queries and mutations send the key as a header. EventSource cannot, and a key in a URL would end up in access logs,
 * so each subscription (and each reconnect) first asks for a short-lived stream token and sends that instead.
 */
export const createStudioClient = (apiKey: string | null) => {
	const url = `${window.location.origin}/trpc`;
	const headers = () => (apiKey ? { authorization: `Bearer ${apiKey}` } : {});
	const plain = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url, headers })] });
	return createTRPCClient<AppRouter>({
		links: [
			splitLink<AppRouter>({
				condition: (op) => op.type === 'subscription',
				true: httpSubscriptionLink({
					url,
					connectionParams: async () => {
						const token = apiKey ? await plain.access.streamToken.mutate() : null;
						return token ? { streamToken: token.token } : {};
					},
				}),
				false: httpBatchLink({ url, headers }),
			}),
		],
	});
};

export type StudioClient = ReturnType<typeof createStudioClient>;
