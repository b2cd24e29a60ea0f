import { TRPCClientError } from '@trpc/client';
import { expect } from 'vitest';
import type { AppRouter } from '../../server/root.js';

/** The tRPC error a call fails with; the test fails if the call succeeds or fails some other way. */
export const trpcErrorOf = async (promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> => {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(TRPCClientError);
	return error as TRPCClientError<AppRouter>;
};
