import { TRPCError } from '@trpc/server';
import { platformOf } from '../../core/publishing/platform-of.js';
import { platformProviderSchema } from '../../core/publishing/publish-contract.js';
import { accountSelect, toAccountView } from '../publishing/account-view.js';
import { connectAccountInputSchema, publishingIdInputSchema } from '../publishing/publishing-inputs.js';
import { startOAuthConnect } from '../publishing/start-oauth-connect.js';
import { accountResponseSchema, providerResponseSchema } from '../responses/account-response.js';
import { listResponse } from '../responses/list-response.js';
import { connectUrlResponseSchema, disconnectResponseSchema } from '../responses/publishing-responses.js';
import { publishProcedure, router } from '../trpc.js';

export const accountsRouter = router({
	/** Connected YouTube channels and TikTok accounts, with the scopes granted; never their tokens. */
	list: publishProcedure
		.meta({ summary: 'Connected YouTube and TikTok accounts with their scopes, never their tokens' })
		.output(listResponse(accountResponseSchema))
		.query(async ({ ctx }) => ({
			items: (
				await ctx.db.platformAccount.findMany({
					where: { workspaceId: ctx.workspace.id },
					select: accountSelect,
					orderBy: [{ connectedAt: 'asc' }, { id: 'asc' }],
				})
			).map(toAccountView),
			nextCursor: null,
		})),

	/** Which providers this server can connect (their app credentials are configured), in the registry's order. */
	providers: publishProcedure
		.meta({ summary: 'Which platforms this server can connect (their app credentials are set)' })
		.output(listResponse(providerResponseSchema))
		.query(({ ctx }) => ({
			items: platformProviderSchema.options.map((provider) => ({
				provider,
				configured: platformOf(provider).oauth.credentialsOf(ctx.config.publishing) !== null,
			})),
			nextCursor: null,
		})),

	/** The consent page to send the user to; the provider then redirects to /oauth/:provider/callback with `state`. */
	connectUrl: publishProcedure
		.meta({ summary: 'Start connecting an account: a one-time state and the provider’s consent URL to send the user to' })
		.input(connectAccountInputSchema)
		.output(connectUrlResponseSchema)
		.mutation(({ ctx, input }) => startOAuthConnect(ctx, input)),

	/** Forgets an account and its tokens; its publications stay, without further metrics. */
	disconnect: publishProcedure
		.meta({ summary: 'Forget an account and its tokens; its publications stay' })
		.input(publishingIdInputSchema)
		.output(disconnectResponseSchema)
		.mutation(async ({ ctx, input }) => {
			const deleted = await ctx.db.platformAccount.deleteMany({ where: { id: input.id, workspaceId: ctx.workspace.id } });
			if (deleted.count === 0) throw new TRPCError({ code: 'NOT_FOUND', message: `No connected account '${input.id}'` });
			return { id: input.id, disconnected: true };
		}),
});
