import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { apiKeyScopeSchema, hasScope } from '../access/api-key-scopes.js';
import { createApiKey } from '../access/create-api-key.js';
import { listApiKeys } from '../access/list-api-keys.js';
import { revokeApiKey } from '../access/revoke-api-key.js';
import { apiKeyResponseSchema, newApiKeyResponseSchema } from '../responses/api-key-response.js';
import { listResponse } from '../responses/list-response.js';
import { adminProcedure, router } from '../trpc.js';

export const apiKeysRouter = router({
	/**
	 * A key of the request's workspace. The secret is in this response and nowhere else: only its hash is stored.
	 * Only an operator key may make operator keys.
	 */
	create: adminProcedure
		.meta({ summary: 'Make a key in the request’s workspace; its secret is in this response only' })
		.output(newApiKeyResponseSchema)
		.input(
			z.object({
				name: z.string().trim().min(1).max(100),
				scopes: z.array(apiKeyScopeSchema).min(1),
				rateLimitPerMinute: z.number().int().min(1).max(1_000_000).optional().describe('default: RATE_LIMIT_PER_MINUTE'),
			}),
		)
		.mutation(({ ctx, input }) => {
			if (input.scopes.includes('operator') && !hasScope(ctx.apiKey?.scopes ?? [], 'operator')) {
				throw new TRPCError({ code: 'FORBIDDEN', message: '"scopes": only an operator key may make operator keys' });
			}
			return createApiKey(ctx.db, {
				workspaceId: ctx.workspace.id,
				name: input.name,
				scopes: input.scopes,
				rateLimitPerMinute: input.rateLimitPerMinute ?? ctx.config.access.rateLimitPerMinute,
			});
		}),

	list: adminProcedure
		.meta({ summary: 'Keys of the workspace, newest first, revoked ones included; never their secrets' })
		.output(listResponse(apiKeyResponseSchema))
		.query(async ({ ctx }) => ({ items: await listApiKeys(ctx.db, ctx.workspace.id), nextCursor: null })),

	revoke: adminProcedure
		.meta({ summary: 'Revoke a key from its next request on' })
		.input(z.object({ id: z.string().min(1).max(100) }))
		.output(apiKeyResponseSchema)
		.mutation(async ({ ctx, input }) => {
			const revoked = await revokeApiKey(ctx.db, input.id, ctx.workspace.id);
			if (!revoked) throw new TRPCError({ code: 'NOT_FOUND', message: `No API key '${input.id}'` });
			return revoked;
		}),
});
