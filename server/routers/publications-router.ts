import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { publicationTargetSchema } from '../../core/publishing/publish-contract.js';
import { createPublication } from '../publishing/create-publication.js';
import { publicationSelect, toPublicationView } from '../publishing/publication-view.js';
import { retryPublication } from '../publishing/retry-publication.js';
import { publishProcedure, router } from '../trpc.js';

const idSchema = z.object({ id: z.string().min(1).max(100) });

export const publicationsRouter = router({
	/** Publishes a done render to a target; the same render and target again returns the same publication, uploaded once. */
	create: publishProcedure
		.input(z.object({ renderId: z.string().min(1).max(100), target: publicationTargetSchema }))
		.mutation(({ ctx, input }) => createPublication(ctx, input)),

	list: publishProcedure
		.input(z.object({ renderId: z.string().min(1).max(100).optional(), limit: z.number().int().min(1).max(200).default(100) }).default({ limit: 100 }))
		.query(async ({ ctx, input }) =>
			(
				await ctx.db.publication.findMany({
					where: { renderId: input.renderId },
					select: publicationSelect,
					orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
					take: input.limit,
				})
			).map(toPublicationView),
		),

	get: publishProcedure.input(idSchema).query(async ({ ctx, input }) => {
		const publication = await ctx.db.publication.findUnique({ where: { id: input.id }, select: publicationSelect });
		if (!publication) throw new TRPCError({ code: 'NOT_FOUND', message: `No publication '${input.id}'` });
		return toPublicationView(publication);
	}),

	retry: publishProcedure.input(idSchema).mutation(({ ctx, input }) => retryPublication(ctx, input.id)),
});
