import { z } from 'zod';
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

	create: renderProcedure.input(createBatchInputSchema).mutation(async ({ ctx, input }) => batchView(ctx.db, await createBatch(ctx, input), ctx.baseUrl)),

	get: renderProcedure.input(batchIdSchema).query(({ ctx, input }) => batchView(ctx.db, input.id, ctx.baseUrl)),

	list: renderProcedure.input(z.object({ limit: z.number().int().min(1).max(100).default(20) })).query(async ({ ctx, input }) => {
		const batches = await ctx.db.batch.findMany({ orderBy: { createdAt: 'desc' }, take: input.limit, select: { id: true } });
		return Promise.all(batches.map((batch) => batchView(ctx.db, batch.id, ctx.baseUrl)));
	}),

	/** Cancels every render of the batch that has not finished. */
	/** Delivery attempts of the batch's webhook events. */
	deliveries: renderProcedure.input(batchIdSchema).query(({ ctx, input }) => listWebhookDeliveries(ctx.db, { batchId: input.id })),

	cancel: renderProcedure.input(batchIdSchema).mutation(async ({ ctx, input }) => {
		const open = await ctx.db.render.findMany({
			where: { batchId: input.id, status: { in: ['queued', 'rendering', 'encoding', 'uploading'] } },
			select: { id: true },
		});
		for (const render of open) await cancelRender(ctx, render.id);
		return batchView(ctx.db, input.id, ctx.baseUrl);
	}),
});
