import { z } from 'zod';
import { finishedStatuses } from '../../core/contracts/render-status.js';
import { listWebhookDeliveries } from '../../core/webhooks/list-webhook-deliveries.js';
import { batchResults } from '../batches/batch-results.js';
import { batchView } from '../batches/batch-view.js';
import { createBatch } from '../batches/create-batch.js';
import { batchRowsInputSchema, createBatchInputSchema } from '../batches/create-batch.schema.js';
import { expandBatchInput } from '../batches/expand-batch-input.js';
import { cancelRender } from '../renders/cancel-render.js';
import { batchResponseSchema, batchResultResponseSchema, batchValidationResponseSchema } from '../responses/batch-response.js';
import { listResponse } from '../responses/list-response.js';
import { webhookDeliveryResponseSchema } from '../responses/webhook-delivery-response.js';
import { renderProcedure, router } from '../trpc.js';

const batchIdSchema = z.object({ id: z.string().min(1).max(100) });

export const batchesRouter = router({
	/** Checks every row without creating anything: the studio shows these issues on their rows. */
	validate: renderProcedure
		.meta({ summary: 'Check every row of a batch without creating anything; issues name the row, column and prop' })
		.input(batchRowsInputSchema)
		.output(batchValidationResponseSchema)
		.mutation(({ input }) => {
			const { rows, issues } = expandBatchInput(input);
			return { validRows: rows.length, issues };
		}),

	create: renderProcedure
		.meta({
			summary: 'One template, many rows (JSON or CSV), validated row by row, one render per row and variant',
			examples: { example: { template: 'quote-card', csv: 'quote,author\nShip it.,Ada\nKeep going.,Grace\n' } },
		})
		.input(createBatchInputSchema)
		.output(batchResponseSchema)
		.mutation(async ({ ctx, input }) => batchView(ctx, await createBatch(ctx, input))),

	get: renderProcedure
		.meta({ summary: 'A batch: counts by status, progress, zip of outputs' })
		.input(batchIdSchema)
		.output(batchResponseSchema)
		.query(({ ctx, input }) => batchView(ctx, input.id)),

	/** The same lines as GET /batches/<id>/results.csv, as JSON. */
	results: renderProcedure
		.meta({ summary: 'One line per row and variant of a batch: status, render, output URL, error, durations; skipped rows with their reasons' })
		.input(batchIdSchema)
		.output(listResponse(batchResultResponseSchema))
		.query(async ({ ctx, input }) => ({ items: await batchResults(ctx, input.id), nextCursor: null })),

	list: renderProcedure
		.meta({ summary: 'Batches of the workspace, newest first' })
		.input(
			z
				.object({
					limit: z.number().int().min(1).max(100).default(20),
					cursor: z.string().max(100).optional().describe('nextCursor of the previous page'),
				})
				.prefault({}),
		)
		.output(listResponse(batchResponseSchema))
		.query(async ({ ctx, input }) => {
			const batches = await ctx.db.batch.findMany({
				where: { workspaceId: ctx.workspace.id },
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: input.limit + 1,
				...(input.cursor ? { cursor: { id: input.cursor } } : {}),
				select: { id: true },
			});
			const items = await Promise.all(batches.slice(0, input.limit).map((batch) => batchView(ctx, batch.id)));
			return { items, nextCursor: batches[input.limit]?.id ?? null };
		}),

	/** Delivery attempts of the batch's webhook events. */
	deliveries: renderProcedure
		.meta({ summary: "Delivery attempts of the batch's webhook events, oldest first" })
		.input(batchIdSchema)
		.output(listResponse(webhookDeliveryResponseSchema))
		.query(async ({ ctx, input }) => ({ items: await listWebhookDeliveries(ctx.db, ctx.workspace.id, { batchId: input.id }), nextCursor: null })),

	/** Cancels every render of the batch that has not finished. */
	cancel: renderProcedure
		.meta({ summary: 'Cancel every unfinished render of a batch' })
		.input(batchIdSchema)
		.output(batchResponseSchema)
		.mutation(async ({ ctx, input }) => {
			const view = await batchView(ctx, input.id);
			const open = await ctx.db.render.findMany({
				where: { batchId: input.id, workspaceId: ctx.workspace.id, status: { notIn: [...finishedStatuses] } },
				select: { id: true },
			});
			for (const render of open) await cancelRender(ctx, render.id);
			return open.length > 0 ? batchView(ctx, input.id) : view;
		}),
});
