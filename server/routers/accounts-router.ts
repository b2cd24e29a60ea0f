import { TRPCError } from '@trpc/server';
import { platformOf } from '../../core/publishing/platform-of.js';
import { platformProviderSchema } from '../../core/publishing/publish-contract.js';
import { accountSelect, toAccountView } from '../publishing/account-view.js';
import { connectAccountInputSchema, publishingIdInputSchema } from '../publishing/publishing-inputs.js';
import { startOAuthConnect } from '../publishing/start-oauth-connect.js';
import { publishProcedure, router } from '../trpc.js';

export const accountsRouter = router({
	/** Connected YouTube channels and TikTok accounts, with the scopes granted; never their tokens. */
	list: publishProcedure.query(async ({ ctx }) =>
		(
			await ctx.db.platformAccount.findMany({
				where: { workspaceId: ctx.workspace.id },
				select: accountSelect,
				orderBy: [{ connectedAt: 'asc' }, { id: 'asc' }],
			})
		).map(toAccountView),
	),

	/** Which providers this server can connect (their app credentials are configured), in the registry's order. */
	providers: publishProcedure.query(({ ctx }) =>
		platformProviderSchema.options.map((provider) => ({ provider, configured: platformOf(provider).oauth.credentialsOf(ctx.config.publishing) !== null })),
	),

	/** The consent page to send the user to; the provider then redirects to /oauth/:provider/callback with `state`. */
	connectUrl: publishProcedure.input(connectAccountInputSchema).mutation(({ ctx, input }) => startOAuthConnect(ctx, input)),

	/** Forgets an account and its tokens; its publications stay, without further metrics. */
	disconnect: publishProcedure.input(publishingIdInputSchema).mutation(async ({ ctx, input }) => {
		const deleted = await ctx.db.platformAccount.deleteMany({ where: { id: input.id, workspaceId: ctx.workspace.id } });
		if (deleted.count === 0) throw new TRPCError({ code: 'NOT_FOUND', message: `No connected account '${input.id}'` });
		return { id: input.id, disconnected: true };
	}),
});
