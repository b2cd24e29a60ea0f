import { TRPCError, tracked } from '@trpc/server';
import { z } from 'zod';
import { renderStatusSchema } from '../../core/contracts/render-status.js';
import { cancelRender } from '../renders/cancel-render.js';
import { createRender } from '../renders/create-render.js';
import { createRenderInputSchema } from '../renders/create-render.schema.js';
import { renderSelect, toRenderView } from '../renders/render-view.js';
import { retryRender } from '../renders/retry-render.js';
import { watchRender } from '../renders/watch-render.js';
import { publicProcedure, router } from '../trpc.js';

const renderIdSchema = z.object({ id: z.string().min(1).max(100) });

export const rendersRouter = router({
	create: publicProcedure.input(createRenderInputSchema).mutation(async ({ ctx, input }) => toRenderView(await createRender(ctx, input), ctx.baseUrl)),

	get: publicProcedure.input(renderIdSchema).query(async ({ ctx, input }) => {
		const render = await ctx.db.render.findUnique({ where: { id: input.id }, select: { ...renderSelect, props: true } });
		if (!render) throw new TRPCError({ code: 'NOT_FOUND', message: `No render '${input.id}'` });
		return { ...toRenderView(render, ctx.baseUrl), props: render.props };
	}),

	list: publicProcedure
		.input(
			z.object({
				status: renderStatusSchema.optional(),
				template: z.string().max(100).optional(),
				batchId: z.string().max(100).optional(),
				createdAfter: z.iso.datetime().optional(),
				createdBefore: z.iso.datetime().optional(),
				limit: z.number().int().min(1).max(100).default(20),
				cursor: z.string().max(100).optional().describe('nextCursor of the previous page'),
			}),
		)
		.query(async ({ ctx, input }) => {
			const rows = await ctx.db.render.findMany({
				where: {
					status: input.status,
					template: input.template,
					batchId: input.batchId,
					createdAt: { gte: input.createdAfter ? new Date(input.createdAfter) : undefined, lt: input.createdBefore ? new Date(input.createdBefore) : undefined },
				},
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: input.limit + 1,
				...(input.cursor ? { cursor: { id: input.cursor } } : {}),
				select: renderSelect,
			});
			const page = rows.slice(0, input.limit);
			return { items: page.map((row) => toRenderView(row, ctx.baseUrl)), nextCursor: rows[input.limit]?.id ?? null };
		}),

	/** Queues a failed or cancelled render again, as first asked for. */
	retry: publicProcedure.input(renderIdSchema).mutation(async ({ ctx, input }) => toRenderView(await retryRender(ctx, input.id), ctx.baseUrl)),

	cancel: publicProcedure.input(renderIdSchema).mutation(async ({ ctx, input }) => toRenderView(await cancelRender(ctx, input.id), ctx.baseUrl)),

	/** Live status over SSE until the render finishes; reconnecting clients get the current state first. */
	onProgress: publicProcedure.input(renderIdSchema.extend({ lastEventId: z.string().nullish() })).subscription(async function* ({ ctx, input, signal }) {
		let sequence = 0;
		for await (const render of watchRender(ctx, input.id, signal)) {
			sequence += 1;
			yield tracked(`${input.id}:${sequence}`, toRenderView(render, ctx.baseUrl));
		}
	}),
});
