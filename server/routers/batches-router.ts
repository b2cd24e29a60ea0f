import { z } from 'zod';
import { finishedStatuses } from '../../core/contracts/render-status.js';
import { listWebhookDeliveries } from '../../core/webhooks/list-webhook-deliveries.js';
import { batchView } from '../batches/batch-view.js';
import { createBatch } from '../batches/create-batch.js';
import { batchRowsInputSchema, createBatchInputSchema } from '../batches/create-batch.schema.js';
import { expandBatchInput } from '../batches/expand-batch-input.js';
import { cancelRender } from '../renders/cancel-render.js';
import { renderProcedure, router } from '../trpc.js';

const batchIdSchema = z.object({ id: z.string().min(1).max(100) });

export const batchesRouter = router({
	/** Checks every row without creating anything: the studio shows these issues on their rows. */
	validate: renderProcedure.input(batchRowsInputSchema).mutation(({ input }) => {
		const { rows, issues } = expandBatchInput(input);
		return { validRows: rows.length, issues };
	}),

	create: renderProcedure.input(createBatchInputSchema).mutation(async ({ ctx, input }) => batchView(ctx, await createBatch(ctx, input))),

	get: renderProcedure.input(batchIdSchema).query(({ ctx, input }) => batchView(ctx, input.id)),

	list: renderProcedure.input(z.object({ limit: z.number().int().min(1).max(100).default(20) })).query(async ({ ctx, input }) => {
		const batches = await ctx.db.batch.findMany({
			where: { workspaceId: ctx.workspace.id },
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			take: input.limit,
			select: { id: true },
		});
		return Promise.all(batches.map((batch) => batchView(ctx, batch.id)));
	}),

	/** Delivery attempts of the batch's webhook events. */
	deliveries: renderProcedure.input(batchIdSchema).query(({ ctx, input }) => listWebhookDeliveries(ctx.db, ctx.workspace.id, { batchId: input.id })),

	/** Cancels every render of the batch that has not finished. */
	cancel: renderProcedure.input(batchIdSchema).mutation(async ({ ctx, input }) => {
		const view = await batchView(ctx, input.id);
		const open = await ctx.db.render.findMany({
			where: { batchId: input.id, workspaceId: ctx.workspace.id, status: { notIn: [...finishedStatuses] } },
			select: { id: true },
		});
		for (const render of open) await cancelRender(ctx, render.id);
		return open.length > 0 ? batchView(ctx, input.id) : view;
	}),
});
