import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { issuesOfError } from '../../server/issues-of-error.js';

/** The error a procedure called through createCaller fails with, shaped as an HTTP client sees it (code, issues, message). */
export const callerErrorOf = async (promise: Promise<unknown>) => {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(TRPCError);
	const trpcError = error as TRPCError;
	return { message: trpcError.message, data: { code: trpcError.code, issues: issuesOfError(trpcError) } };
};
