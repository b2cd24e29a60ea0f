import { TRPCError } from '@trpc/server';
import { StockSearchError } from '../../core/stock/stock-provider.js';

const CODES = {
	'not-configured': 'PRECONDITION_FAILED',
	unauthorized: 'BAD_GATEWAY',
	'rate-limited': 'TOO_MANY_REQUESTS',
	'provider-error': 'BAD_GATEWAY',
	'not-found': 'NOT_FOUND',
} as const satisfies Record<StockSearchError['code'], TRPCError['code']>;

/** A stock library's refusal as the API answers it: the reason in one line, the code saying what kind it is. */
export const trpcErrorOfStock = (error: unknown): TRPCError => {
	if (error instanceof StockSearchError) return new TRPCError({ code: CODES[error.code], message: error.message });
	if (error instanceof TRPCError) return error;
	// A provider answering JSON of another shape: zod's message names the field.
	return new TRPCError({ code: 'BAD_GATEWAY', message: `The stock provider's answer was not understood: ${(error as Error).message.split('\n')[0]}` });
};
