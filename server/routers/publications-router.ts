import { TRPCError } from '@trpc/server';
import { createPublication } from '../publishing/create-publication.js';
import { publicationSelect, toPublicationView } from '../publishing/publication-view.js';
import { createPublicationInputSchema, listPublicationsInputSchema, publishingIdInputSchema } from '../publishing/publishing-inputs.js';
import { retryPublication } from '../publishing/retry-publication.js';
import { publishProcedure, router } from '../trpc.js';

export const publicationsRouter = router({
	/** Publishes a done render to a target; the same render and target again returns the same publication, uploaded once. */
	create: publishProcedure.input(createPublicationInputSchema).mutation(({ ctx, input }) => createPublication(ctx, input)),

	list: publishProcedure.input(listPublicationsInputSchema).query(async ({ ctx, input }) =>
		(
			await ctx.db.publication.findMany({
				where: { workspaceId: ctx.workspace.id, renderId: input.renderId },
				select: publicationSelect,
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: input.limit,
			})
		).map(toPublicationView),
	),

	get: publishProcedure.input(publishingIdInputSchema).query(async ({ ctx, input }) => {
		const publication = await ctx.db.publication.findFirst({ where: { id: input.id, workspaceId: ctx.workspace.id }, select: publicationSelect });
		if (!publication) throw new TRPCError({ code: 'NOT_FOUND', message: `No publication '${input.id}'` });
		return toPublicationView(publication);
	}),

	retry: publishProcedure.input(publishingIdInputSchema).mutation(({ ctx, input }) => retryPublication(ctx, input.id)),
});
