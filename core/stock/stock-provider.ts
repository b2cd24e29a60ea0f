import { z } from 'zod';
import type { OutboundPolicy } from '../net/outbound-policy.js';

export const stockProviderIdSchema = z.enum(['pexels', 'pixabay']);
export type StockProviderId = z.infer<typeof stockProviderIdSchema>;

export const stockSearchSchema = z.object({
	provider: stockProviderIdSchema,
	query: z.string().trim().min(1).max(100).describe('Search terms (a beat of the script, a word)'),
	kind: z.enum(['video', 'photo']).default('video'),
	orientation: z.enum(['portrait', 'landscape', 'square']).optional(),
	minDurationSeconds: z.number().min(0).max(600).default(0).describe('videos: shorter results are left out (too short for the slot)'),
	limit: z.number().int().min(1).max(50).default(10),
});
export type StockSearch = z.output<typeof stockSearchSchema>;

/** One stock result: what to download, and the provenance every render that uses it keeps. */
export type StockResult = {
	provider: StockProviderId;
	id: string;
	kind: 'video' | 'photo';
	/** The file to download (the best fit of the sizes the provider offers). */
	downloadUrl: string;
	/** The result's page on the provider's site: what a credit links to. */
	pageUrl: string;
	author: string;
	authorUrl: string | null;
	license: string;
	width: number;
	height: number;
	durationSeconds: number | null;
	previewUrl: string | null;
	title: string | null;
};

/** Why a search gave nothing usable; a person reads `message`, code says what to do (fix the key, wait, try other terms). */
export class StockSearchError extends Error {
	constructor(
		readonly code: 'not-configured' | 'unauthorized' | 'rate-limited' | 'provider-error' | 'not-found',
		message: string,
	) {
		super(message);
		this.name = 'StockSearchError';
	}
}

export type StockProviderDeps = { outbound: OutboundPolicy; apiKey: string; baseUrl: string; timeoutMs: number };

/** A stock library: search it, and get one result again by id (to import what a person picked). */
export type StockProvider = {
	id: StockProviderId;
	search: (search: StockSearch, deps: StockProviderDeps) => Promise<StockResult[]>;
	get: (kind: 'video' | 'photo', id: string, deps: StockProviderDeps) => Promise<StockResult>;
};
