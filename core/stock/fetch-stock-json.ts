import { stockErrorOfStatus } from './stock-error-of-status.js';
import { type StockProviderDeps, StockSearchError } from './stock-provider.js';

/** GET a provider's JSON through the outbound policy; non-2xx answers and unreachable providers become StockSearchErrors. */
export const fetchStockJson = async (provider: string, url: URL, headers: Record<string, string>, deps: StockProviderDeps): Promise<unknown> => {
	let response: Response;
	try {
		response = await deps.outbound.fetch(url, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(deps.timeoutMs) });
	} catch (error) {
		throw new StockSearchError('provider-error', `${provider} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
	}
	if (!response.ok) throw stockErrorOfStatus(provider, response.status, response.headers.get('retry-after'));
	try {
		return await response.json();
	} catch {
		throw new StockSearchError('provider-error', `${provider} answered something that is not JSON`);
	}
};
