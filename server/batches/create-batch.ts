import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { resolveNarration } from '../../core/scripts/resolve-narration.js';
import type { ServerContext } from '../context.js';
import { PropsRejectedError } from '../props-rejected-error.js';
import { assertQueueAvailable } from '../renders/assert-queue-available.js';
import { chooseRenderBackend } from '../renders/choose-render-backend.js';
import { assertRenderInputsAllowed, recordAndQueueRender } from '../renders/create-render.js';
import { assertWithinLimits } from '../workspaces/assert-within-limits.js';
import type { CreateBatchInput } from './create-batch.schema.js';
import { expandBatchInput } from './expand-batch-input.js';

/**
 * One template, many rows: every row (and variant) is validated first; if any fails, nothing is created and the
 * error lists each problem by row and column. Otherwise one render per row and variant is recorded and queued.
 */
export const createBatch = async (ctx: ServerContext, input: CreateBatchInput) => {
	const { rows, issues } = expandBatchInput(input);
	if (issues.length > 0) {
		const shown = issues.slice(0, 50);
		const message = `${issues.length} problem(s) in the batch rows: ${shown.map((i) => `row ${i.row}${i.variant ? ` (variant ${i.variant})` : ''}${i.column ? `, column "${i.column}"` : ''}: ${i.path}: ${i.message}`).join('; ')}`;
		throw new TRPCError({
			code: 'BAD_REQUEST',
			message,
			cause: new PropsRejectedError(
				message,
				issues.map((i) => ({
					path: `rows.${i.row}${i.variant ? `.${i.variant}` : ''}.${i.column ?? i.path}`,
					message: i.message,
					row: i.row,
					variant: i.variant,
					column: i.column,
				})),
			),
		});
	}
	for (const row of rows) await assertRenderInputsAllowed(ctx, row.props, input.webhook?.url ?? null, `rows.${row.row}${row.variant ? `.${row.variant}` : ''}`);
	assertQueueAvailable(ctx);
	await assertWithinLimits(ctx.db, ctx.workspace.id, { renders: rows.length });
	// A backend this deployment cannot use is refused before anything is recorded.
	if (input.backend !== 'auto') await chooseRenderBackend(ctx, input.backend, { props: {}, chunks: input.output.chunks });
	const batchId = randomUUID();
	await ctx.db.batch.create({
		data: {
			id: batchId,
			workspaceId: ctx.workspace.id,
			template: input.template,
			name: input.name ?? null,
			rowCount: rows.length,
			webhookUrl: input.webhook?.url ?? null,
			metadata: input.metadata as Prisma.InputJsonValue | undefined,
		},
	});
	for (const row of rows) {
		const narration = row.narrationText ? await resolveNarration(ctx.db, ctx.workspace.id, { text: row.narrationText }, input.voice) : null;
		await recordAndQueueRender(ctx, {
			template: input.template,
			props: row.props,
			output: input.output,
			narration,
			priority: input.priority,
			// Each row asks on its own: with auto, a batch that fills the local queue spills its later rows over to Lambda.
			backend: await chooseRenderBackend(ctx, input.backend, { props: row.props, chunks: input.output.chunks }),
			extra: { batchId, batchRow: row.row - 1, variant: row.variant, voice: input.voice as Prisma.InputJsonValue },
		});
	}
	return batchId;
};
