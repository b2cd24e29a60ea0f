import { TRPCError, tracked } from '@trpc/server';
import { z } from 'zod';
import { templates } from '../../compositions/templates.js';
import { renderStatusSchema } from '../../core/contracts/render-status.js';
import { listWebhookDeliveries } from '../../core/webhooks/list-webhook-deliveries.js';
import { cancelRender } from '../renders/cancel-render.js';
import { createRender } from '../renders/create-render.js';
import { createRenderInputSchema } from '../renders/create-render.schema.js';
import { renderSelect, toRenderView } from '../renders/render-view.js';
import { retryRender } from '../renders/retry-render.js';
import { watchRender } from '../renders/watch-render.js';
import { listResponse } from '../responses/list-response.js';
import { renderDetailResponseSchema, renderResponseSchema } from '../responses/render-response.js';
import { webhookDeliveryResponseSchema } from '../responses/webhook-delivery-response.js';
import { renderProcedure, router } from '../trpc.js';

const renderIdSchema = z.object({ id: z.string().min(1).max(100) });

export const rendersRouter = router({
	create: renderProcedure
		.meta({
			summary: 'Validate props, record a render and queue it',
			description: "`props` must satisfy the template's schema (templates.get gives it as propsJsonSchema); each example is a template's sample props.",
			examples: Object.fromEntries(templates.map((template) => [template.id, { template: template.id, props: template.sampleProps, output: { scale: 0.25 } }])),
		})
		.input(createRenderInputSchema)
		.output(renderResponseSchema)
		.mutation(async ({ ctx, input }) => toRenderView(await createRender(ctx, input), ctx)),

	get: renderProcedure
		.meta({ summary: 'A render: status, progress, output URL, timings, delivery report, props and clip provenance' })
		.input(renderIdSchema)
		.output(renderDetailResponseSchema)
		.query(async ({ ctx, input }) => {
			const render = await ctx.db.render.findFirst({
				where: { id: input.id, workspaceId: ctx.workspace.id },
				select: {
					...renderSelect,
					props: true,
					clips: { select: { clip: { select: { id: true, platform: true, author: true, sourceLink: true, license: true, title: true } } } },
				},
			});
			if (!render) throw new TRPCError({ code: 'NOT_FOUND', message: `No render '${input.id}'` });
			const { clips, ...rest } = render;
			// Provenance: where each imported clip in this video came from, and under what licence.
			return { ...(await toRenderView(rest, ctx)), props: render.props, clips: clips.map((link) => link.clip) };
		}),

	list: renderProcedure
		.meta({ summary: 'Renders of the workspace, newest first, filtered by status, template, batch or time' })
		.output(listResponse(renderResponseSchema))
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
					workspaceId: ctx.workspace.id,
					status: input.status,
					template: input.template,
					batchId: input.batchId,
					createdAt: {
						gte: input.createdAfter ? new Date(input.createdAfter) : undefined,
						lt: input.createdBefore ? new Date(input.createdBefore) : undefined,
					},
				},
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: input.limit + 1,
				...(input.cursor ? { cursor: { id: input.cursor } } : {}),
				select: renderSelect,
			});
			const page = rows.slice(0, input.limit);
			return { items: await Promise.all(page.map((row) => toRenderView(row, ctx))), nextCursor: rows[input.limit]?.id ?? null };
		}),

	/** Delivery attempts of the render's webhook events, oldest first. */
	deliveries: renderProcedure
		.meta({ summary: "Delivery attempts of the render's webhook events, oldest first" })
		.input(renderIdSchema)
		.output(listResponse(webhookDeliveryResponseSchema))
		.query(async ({ ctx, input }) => ({ items: await listWebhookDeliveries(ctx.db, ctx.workspace.id, { renderId: input.id }), nextCursor: null })),

	/** Queues a failed or cancelled render again, as first asked for. */
	retry: renderProcedure
		.meta({ summary: 'Queue a failed or cancelled render again, as first asked for' })
		.input(renderIdSchema)
		.output(renderResponseSchema)
		.mutation(async ({ ctx, input }) => toRenderView(await retryRender(ctx, input.id), ctx)),

	cancel: renderProcedure
		.meta({ summary: 'Stop a queued or running render' })
		.input(renderIdSchema)
		.output(renderResponseSchema)
		.mutation(async ({ ctx, input }) => toRenderView(await cancelRender(ctx, input.id), ctx)),

	/** Live status over SSE until the render finishes; reconnecting clients get the current state first. */
	onProgress: renderProcedure
		.meta({
			summary: 'Live status over Server-Sent Events until the render finishes',
			description: 'Each event is a render (as renders.get, without props and clips); reconnecting clients get the current state first.',
			events: renderResponseSchema,
		})
		.input(renderIdSchema.extend({ lastEventId: z.string().nullish() }))
		.subscription(async function* ({ ctx, input, signal }) {
			let sequence = 0;
			for await (const render of watchRender(ctx, input.id, signal)) {
				sequence += 1;
				yield tracked(`${input.id}:${sequence}`, await toRenderView(render, ctx));
			}
		}),
});
