import { pexelsProvider } from './pexels/pexels-provider.js';
import { pixabayProvider } from './pixabay/pixabay-provider.js';
import type { StockProvider, StockProviderId } from './stock-provider.js';

/** Every stock library Reelforge searches; a provider id without its folder here does not compile. */
export const stockProviders = { pexels: pexelsProvider, pixabay: pixabayProvider } satisfies Record<StockProviderId, StockProvider>;
