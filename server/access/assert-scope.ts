import { TRPCError } from '@trpc/server';
import type { ServerContext } from '../context.js';
import { type ApiKeyScope, hasScope } from './api-key-scopes.js';

export const API_KEY_REQUIRED_MESSAGE = 'An API key is required: send Authorization: Bearer <key>';

/**
 * Throws unless the call may use a procedure that needs `scope`.
 * With REQUIRE_API_KEY off, calls without a key pass, except admin ones: managing keys always takes an admin key
 * (or the `reelforge keys` command on the host), so an open loopback API cannot mint keys that outlive it.
 * A key that is sent is always checked, on or off.
 */
export const assertScope = (ctx: Pick<ServerContext, 'apiKey' | 'apiKeyRejected' | 'config'>, scope: ApiKeyScope): void => {
	if (ctx.apiKeyRejected) throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.apiKeyRejected });
	if (!ctx.apiKey) {
		if (!ctx.config.access.requireApiKey && scope !== 'admin' && scope !== 'operator') return;
		throw new TRPCError({ code: 'UNAUTHORIZED', message: API_KEY_REQUIRED_MESSAGE });
	}
	if (!hasScope(ctx.apiKey.scopes, scope)) {
		throw new TRPCError({ code: 'FORBIDDEN', message: `This API key lacks the '${scope}' scope` });
	}
};
