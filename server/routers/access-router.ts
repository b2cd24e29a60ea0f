import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { StorageKeyOutsideWorkspaceError } from '../../core/workspaces/scope-storage.js';
import { issueStreamToken } from '../access/stream-token.js';
import { fileUrlIn } from '../files/file-url-in.js';
import { isServableObject } from '../files/find-servable-object.js';
import { linksResponseSchema, streamTokenResponseSchema } from '../responses/access-responses.js';
import { publicProcedure, renderProcedure, router } from '../trpc.js';

export const accessRouter = router({
	/**
	 * A short-lived token that stands for this request's key on a subscription (send it as the `streamToken` connection
	 * param): browsers' EventSource cannot send headers, and a key in a URL ends up in logs. null when no key is needed.
	 */
	streamToken: publicProcedure
		.meta({ summary: 'A short-lived token standing for this request’s key on a subscription (EventSource cannot send headers)' })
		.output(streamTokenResponseSchema)
		.mutation(({ ctx }) => (ctx.apiKey ? issueStreamToken(ctx.urlSigningSecret, ctx.apiKey.id) : null)),

	/**
	 * Signed links for `storage:<key>` media of this workspace (and the shared samples), so a browser can play them
	 * without a key: what the studio's preview uses. Keys that name nothing of the workspace come back as null.
	 */
	links: renderProcedure
		.meta({
			summary: 'Signed links for storage: media of this workspace and the shared samples, playable without a key',
			examples: { example: { srcs: ['storage:samples/sample-clip.mp4'] } },
		})
		.input(z.object({ srcs: z.array(z.string().max(600)).max(200) }))
		.output(linksResponseSchema)
		.mutation(async ({ ctx, input }) => {
			const links: Record<string, string | null> = {};
			for (const src of new Set(input.srcs)) {
				if (!src.startsWith('storage:'))
					throw new TRPCError({ code: 'BAD_REQUEST', message: `"srcs": ${JSON.stringify(src.slice(0, 100))} is not a storage: reference` });
				const key = src.slice('storage:'.length);
				try {
					const stored = await ctx.storage.stat(key);
					const readable = stored && (key.startsWith('samples/') || (await isServableObject(ctx.db, ctx.workspace.id, key)));
					links[src] = readable ? await fileUrlIn(ctx, key) : null;
				} catch (error) {
					if (!(error instanceof StorageKeyOutsideWorkspaceError) && !(error instanceof Error && /"key" must be/.test(error.message))) throw error;
					links[src] = null;
				}
			}
			return { links };
		}),
});
