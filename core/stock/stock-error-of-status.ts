import { StockSearchError } from './stock-provider.js';

/** A provider's non-2xx answer as a reason a person can act on (fix the key, wait, try later). */
export const stockErrorOfStatus = (provider: string, status: number, retryAfter: string | null): StockSearchError => {
	if (status === 401 || status === 403)
		return new StockSearchError('unauthorized', `${provider} refused the API key (HTTP ${status}): check ${provider.toUpperCase()}_API_KEY`);
	if (status === 429)
		return new StockSearchError('rate-limited', `${provider} rate limit reached (HTTP 429)${retryAfter ? `: retry after ${retryAfter} s` : ''}`);
	if (status === 404) return new StockSearchError('not-found', `${provider} has no such result (HTTP 404)`);
	return new StockSearchError('provider-error', `${provider} answered HTTP ${status}; try again later`);
};
