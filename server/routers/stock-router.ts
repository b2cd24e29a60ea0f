import { z } from 'zod';
import { searchStock } from '../../core/stock/search-stock.js';
import { stockProviderIdSchema, stockSearchSchema } from '../../core/stock/stock-provider.js';
import { clipResponseSchema } from '../responses/clip-response.js';
import { responseObject } from '../responses/response-object.js';
import { stockResultResponseSchema } from '../responses/stock-response.js';
import { importStockResult } from '../stock/import-stock-result.js';
import { trpcErrorOfStock } from '../stock/trpc-error-of-stock.js';
import { renderProcedure, router } from '../trpc.js';

type ClipRow = Awaited<ReturnType<typeof importStockResult>>['clip'];

/** An imported clip as clips.get answers it. */
const clipView = (clip: ClipRow) => ({
	id: clip.id,
	src: `storage:${clip.storageKey}`,
	sourceUrl: clip.sourceUrl,
	platform: clip.platform,
	author: clip.author,
	sourceLink: clip.sourceLink,
	license: clip.license,
	title: clip.title,
	stats: clip.stats,
	durationSeconds: clip.durationSeconds,
	width: clip.width,
	height: clip.height,
	fps: clip.fps,
	hasAudio: clip.hasAudio,
	sizeBytes: clip.sizeBytes,
	createdAt: clip.createdAt.toISOString(),
});

export const stockRouter = router({
	search: renderProcedure
		.meta({ summary: 'Search Pexels or Pixabay for B-roll videos or photos; no results or a provider refusal answer with the reason' })
		.input(stockSearchSchema)
		.output(responseObject({ items: z.array(stockResultResponseSchema) }))
		.query(async ({ ctx, input }) => ({
			items: await searchStock(input, ctx.config.stock, ctx.outbound).catch((error: unknown) => {
				throw trpcErrorOfStock(error);
			}),
		})),

	import: renderProcedure
		.meta({ summary: 'Import a stock video as a clip, with its provider, author, page and licence: renders that use it keep them' })
		.input(z.object({ provider: stockProviderIdSchema, id: z.string().trim().min(1).max(100) }))
		.output(responseObject({ duplicate: z.boolean(), clip: clipResponseSchema }))
		.mutation(async ({ ctx, input }) => {
			const { clip, duplicate } = await importStockResult(ctx, input);
			return { duplicate, clip: clipView(clip) };
		}),
});
