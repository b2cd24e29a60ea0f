import type { OutboundPolicy } from '../net/outbound-policy.js';
import type { StockResult, StockSearch } from './stock-provider.js';
import { StockSearchError } from './stock-provider.js';
import { stockProviders } from './stock-providers.js';

export type StockSettings = Record<'pexels' | 'pixabay', { apiKey: string; baseUrl: string } | null>;

const TIMEOUT_MS = 15_000;

/**
 * Searches one stock library and keeps what fits: videos long enough for the slot. No results, or none that fit, is an
 * error that says so (the caller shows it), never an empty B-roll slot in the video.
 */
export const searchStock = async (search: StockSearch, settings: StockSettings, outbound: OutboundPolicy): Promise<StockResult[]> => {
	const provider = stockProviders[search.provider];
	const configured = settings[search.provider];
	if (!configured) {
		throw new StockSearchError('not-configured', `${search.provider} is not configured: set ${search.provider.toUpperCase()}_API_KEY`);
	}
	const results = await provider.search(search, { outbound, ...configured, timeoutMs: TIMEOUT_MS });
	if (results.length === 0) throw new StockSearchError('not-found', `${search.provider} found no ${search.kind}s for "${search.query}"`);
	const fitting = results.filter((result) => result.durationSeconds === null || result.durationSeconds >= search.minDurationSeconds);
	if (fitting.length === 0) {
		throw new StockSearchError(
			'not-found',
			`${search.provider} found ${results.length} ${search.kind}s for "${search.query}", none at least ${search.minDurationSeconds} s long (the slot's length)`,
		);
	}
	return fitting;
};
