import { TRPCError } from '@trpc/server';
import { importClip } from '../../core/clips/import-clip.js';
import type { StockProviderId, StockResult } from '../../core/stock/stock-provider.js';
import { StockSearchError } from '../../core/stock/stock-provider.js';
import { stockProviders } from '../../core/stock/stock-providers.js';
import type { ServerContext } from '../context.js';
import { trpcErrorOfStock } from './trpc-error-of-stock.js';

const TIMEOUT_MS = 15_000;

/**
 * Imports one stock video as a clip of the workspace, with its provenance (provider, author, page, licence) on the
 * clip: every render whose props use it lists it (render.clips), and so do its publications' credits.
 */
export const importStockResult = async (
	ctx: Pick<ServerContext, 'db' | 'storage' | 'outbound' | 'config'>,
	request: { provider: StockProviderId; id: string } | { result: StockResult },
) => {
	let result: StockResult;
	if ('result' in request) result = request.result;
	else {
		const settings = ctx.config.stock[request.provider];
		if (!settings)
			throw trpcErrorOfStock(new StockSearchError('not-configured', `${request.provider} is not configured: set ${request.provider.toUpperCase()}_API_KEY`));
		result = await stockProviders[request.provider]
			.get('video', request.id, { outbound: ctx.outbound, ...settings, timeoutMs: TIMEOUT_MS })
			.catch((error: unknown) => {
				throw trpcErrorOfStock(error);
			});
	}
	if (result.kind !== 'video')
		throw new TRPCError({ code: 'BAD_REQUEST', message: `"kind": only stock videos are imported as clips, ${result.provider} ${result.id} is a photo` });
	const limits = { maxBytes: ctx.config.clipMaxBytes, maxDurationSeconds: ctx.config.clipMaxDurationSeconds, timeoutMs: ctx.config.clipFetchTimeoutMs };
	const { clip, duplicate } = await importClip(
		{
			url: result.downloadUrl,
			platform: result.provider,
			author: result.author,
			sourceLink: result.pageUrl,
			license: result.license,
			title: result.title ?? undefined,
		},
		limits,
		{ db: ctx.db, storage: ctx.storage, outbound: ctx.outbound },
	).catch((error: unknown) => {
		throw new TRPCError({ code: 'BAD_GATEWAY', message: `${result.provider} ${result.id} could not be imported: ${(error as Error).message}` });
	});
	return { clip, duplicate, result };
};
