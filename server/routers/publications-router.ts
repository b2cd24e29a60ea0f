import { TRPCError } from '@trpc/server';
import { createPublication } from '../publishing/create-publication.js';
import { publicationSelect, toPublicationView } from '../publishing/publication-view.js';
import { createPublicationInputSchema, listPublicationsInputSchema, publishingIdInputSchema } from '../publishing/publishing-inputs.js';
import { retryPublication } from '../publishing/retry-publication.js';
import { listResponse } from '../responses/list-response.js';
import { publicationResponseSchema } from '../responses/publication-response.js';
import { publishProcedure, router } from '../trpc.js';

export const publicationsRouter = router({
	/** Publishes a done render to a target; the same render and target again returns the same publication, uploaded once. */
	create: publishProcedure
		.meta({ summary: 'Publish a done render to YouTube, TikTok, a webhook or S3; the same render and target again answers the same publication' })
		.input(createPublicationInputSchema)
		.output(publicationResponseSchema)
		.mutation(({ ctx, input }) => createPublication(ctx, input)),

	list: publishProcedure
		.meta({ summary: 'Publications, newest first, optionally of one render' })
		.input(listPublicationsInputSchema)
		.output(listResponse(publicationResponseSchema))
		.query(async ({ ctx, input }) => ({
			items: (
				await ctx.db.publication.findMany({
					where: { workspaceId: ctx.workspace.id, renderId: input.renderId },
					select: publicationSelect,
					orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
					take: input.limit,
				})
			).map(toPublicationView),
			nextCursor: null,
		})),

	get: publishProcedure
		.meta({ summary: 'One publication' })
		.input(publishingIdInputSchema)
		.output(publicationResponseSchema)
		.query(async ({ ctx, input }) => {
			const publication = await ctx.db.publication.findFirst({ where: { id: input.id, workspaceId: ctx.workspace.id }, select: publicationSelect });
			if (!publication) throw new TRPCError({ code: 'NOT_FOUND', message: `No publication '${input.id}'` });
			return toPublicationView(publication);
		}),

	retry: publishProcedure
		.meta({ summary: 'Queue a failed publication again' })
		.input(publishingIdInputSchema)
		.output(publicationResponseSchema)
		.mutation(({ ctx, input }) => retryPublication(ctx, input.id)),
});
