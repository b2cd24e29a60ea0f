import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { ApiKeyScope } from './access/api-key-scopes.js';
import { assertScope } from './access/assert-scope.js';
import { enforceRateLimit } from './access/enforce-rate-limit.js';
import { RateLimitedError } from './access/rate-limited-error.js';
import type { ServerContext } from './context.js';
import { isDatabaseUnavailable } from './is-database-unavailable.js';
import { issuesOfError } from './issues-of-error.js';
import type { ProcedureMeta } from './procedure-meta.js';
import { readableIssues } from './readable-issues.js';

/**
 * The one initTRPC call. Bad input always comes back with `data.issues`: [{ path, message }];
 * a rate-limited call with `data.retryAfterSeconds` (also sent as the Retry-After header).
 */
const t = initTRPC
	.context<ServerContext>()
	.meta<ProcedureMeta>()
	.create({
		errorFormatter: ({ shape, error }) => {
			const issues = issuesOfError(error);
			const retryAfterSeconds = error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : null;
			// tRPC's message for bad input is the zod issues as JSON; a person reads one line naming each field instead.
			const message = error.cause instanceof ZodError && issues ? readableIssues(issues) : shape.message;
			return { ...shape, message, data: { ...shape.data, stack: undefined, issues, retryAfterSeconds } };
		},
	});

/** Every call counts against its key's (or address's) rate limit; a key that was sent but refused stops here, whatever the procedure. */
const countedAndKeyChecked = t.middleware(async ({ ctx, next }) => {
	await enforceRateLimit(ctx);
	if (ctx.apiKeyRejected) throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.apiKeyRejected });
	if (ctx.workspaceRejected) throw new TRPCError({ code: 'FORBIDDEN', message: ctx.workspaceRejected });
	const result = await next();
	// A locked or unreachable database is a passing condition: say so, with a 503 the client can retry on.
	if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(result.error.cause ?? result.error)) {
		ctx.logger.warn('database unavailable', { error: result.error.message.slice(0, 300) });
		throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The database is busy or unavailable; try again shortly.' });
	}
	return result;
});

const requireScope = (scope: ApiKeyScope) =>
	t.middleware(({ ctx, next }) => {
		assertScope(ctx, scope);
		return next();
	});

export const router = t.router;
/** Needs no key: template listings and health-like reads. */
export const publicProcedure = t.procedure.use(countedAndKeyChecked);
/** Renders, scripts and voiceovers. */
export const renderProcedure = publicProcedure.use(requireScope('render')).meta({ scope: 'render' });
/** Posting finished videos to other platforms. */
export const publishProcedure = publicProcedure.use(requireScope('publish')).meta({ scope: 'publish' });
/** Key management in the request's workspace; always needs an admin key, even with REQUIRE_API_KEY off. */
export const adminProcedure = publicProcedure.use(requireScope('admin')).meta({ scope: 'admin' });
/** Workspaces themselves (create, limits, usage of any); always needs an operator key. */
export const operatorProcedure = publicProcedure.use(requireScope('operator')).meta({ scope: 'operator' });
export const createCallerFactory = t.createCallerFactory;
