import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import type { ServerContext } from './context.js';
import { PropsRejectedError } from './props-rejected-error.js';

/** The one initTRPC call. Bad input always comes back with `data.issues`: [{ path, message }]. */
const t = initTRPC.context<ServerContext>().create({
	errorFormatter: ({ shape, error }) => {
		const issues =
			error.cause instanceof ZodError
				? error.cause.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
				: error.cause instanceof PropsRejectedError
					? error.cause.issues
					: null;
		return { ...shape, data: { ...shape.data, stack: undefined, issues } };
	},
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
