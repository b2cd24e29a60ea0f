import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { searchStock } from '../../core/stock/search-stock.js';
import { stockProviderIdSchema } from '../../core/stock/stock-provider.js';
import type { ServerContext } from '../context.js';
import { importStockResult } from './import-stock-result.js';
import { trpcErrorOfStock } from './trpc-error-of-stock.js';

// A broll interrupt lasts 1.2 s unless told otherwise: a stock video shorter than that would leave the slot frozen.
const BROLL_SECONDS = 1.2;

export const stockBrollSchema = z
	.object({
		provider: stockProviderIdSchema,
		query: z.string().trim().min(1).max(100).optional().describe("Search terms; default: the narration's *emphasised* words, else its first words"),
		count: z.number().int().min(1).max(5).default(2).describe('Stock videos imported and used in turn'),
	})
	.describe('broll auto: search a stock library, import the best videos (with their provenance) and cut to them on each emphasised word');
export type StockBroll = z.output<typeof stockBrollSchema>;

/** The terms a narration suggests: its *emphasised* words, else its first six words. */
const termsOf = (text: string | null): string | null => {
	if (!text) return null;
	const marked = [...text.matchAll(/\*([^*]+)\*/g)].map((match) => match[1]).join(' ');
	const terms = marked || text.replace(/[*]/g, '').split(/\s+/).slice(0, 6).join(' ');
	return terms.trim().slice(0, 100) || null;
};

/**
 * The props with stock B-roll on the emphasised words: the search's best videos imported as clips (their provenance
 * goes onto every render that uses them) and a broll interrupt on each emphasised word. A search with no fitting
 * result or a provider refusal fails the request with the reason; there is never a silent gap in the video.
 */
export const withStockBroll = async (
	ctx: Pick<ServerContext, 'db' | 'storage' | 'outbound' | 'config'>,
	props: Record<string, unknown>,
	broll: StockBroll,
	narrationText: string | null,
): Promise<Record<string, unknown>> => {
	const query = broll.query ?? termsOf(narrationText);
	if (!query) throw new TRPCError({ code: 'BAD_REQUEST', message: '"stockBroll.query" is needed: there is no narration text to take search terms from' });
	const results = await searchStock(
		{ provider: broll.provider, query, kind: 'video', orientation: 'portrait', minDurationSeconds: BROLL_SECONDS, limit: Math.max(broll.count, 5) },
		ctx.config.stock,
		ctx.outbound,
	).catch((error: unknown) => {
		throw trpcErrorOfStock(error);
	});
	const clips = [];
	for (const result of results.slice(0, broll.count)) clips.push((await importStockResult(ctx, { result })).clip);
	const interrupts = (props.interrupts ?? {}) as Record<string, unknown>;
	return {
		...props,
		interrupts: {
			mode: 'emphasis',
			kinds: ['broll'],
			...interrupts,
			broll: [...((interrupts.broll as unknown[] | undefined) ?? []), ...clips.map((clip) => ({ src: `storage:${clip.storageKey}` }))],
		},
	};
};
