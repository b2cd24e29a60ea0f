import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { resolveNarration } from '../../core/scripts/resolve-narration.js';
import { brandedProps } from '../brand-kits/branded-props.js';
import type { ServerContext } from '../context.js';
import { PropsRejectedError } from '../props-rejected-error.js';
import { assertDeliverable, backendForDelivery } from '../renders/assert-deliverable.js';
import { assertQueueAvailable } from '../renders/assert-queue-available.js';
import { chooseRenderBackend } from '../renders/choose-render-backend.js';
import { assertRenderInputsAllowed, recordAndQueueRender, validatedPropsOrThrow } from '../renders/create-render.js';
import { assertWithinLimits } from '../workspaces/assert-within-limits.js';
import type { CreateBatchInput } from './create-batch.schema.js';
import { describeRowIssue } from './describe-row-issue.js';
import { expandBatchInput } from './expand-batch-input.js';

/**
 * One template, many rows: every row (and variant) is validated first. With onInvalidRows 'fail' (the default) a bad
 * row means nothing is created and the error lists each problem by row and column; with 'skip' the bad rows are
 * recorded on the batch (skippedRows) and the good ones render. One render per row and variant is recorded and queued.
 */
export const createBatch = async (ctx: ServerContext, input: CreateBatchInput) => {
	const expanded = expandBatchInput(input);
	const { issues } = expanded;
	// A batch with nothing left to render is refused even with skip: an empty batch helps nobody.
	if (issues.length > 0 && (input.onInvalidRows === 'fail' || expanded.rows.length === 0)) {
		const shown = issues.slice(0, 50);
		const message = `${issues.length} problem(s) in the batch rows: ${shown.map(describeRowIssue).join('; ')}`;
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
	// The brand kit goes under each row's props (the row's own values win), then the row is checked again as a render is.
	const rows = input.brandKitId
		? await Promise.all(
				expanded.rows.map(async (row) => ({
					...row,
					props: validatedPropsOrThrow(input.template, await brandedProps(ctx.db, ctx.workspace.id, input.template, row.givenProps, input.brandKitId ?? '')),
				})),
			)
		: expanded.rows;
	for (const row of rows)
		await assertRenderInputsAllowed(
			ctx,
			row.props,
			input.webhook?.url ?? null,
			`rows.${row.row}${row.variant ? `.${row.variant}` : ''}`,
			input.captions ?? null,
		);
	assertQueueAvailable(ctx);
	await assertWithinLimits(ctx.db, ctx.workspace.id, { renders: rows.length });
	// A backend this deployment cannot use is refused before anything is recorded.
	if (input.backend !== 'auto') await chooseRenderBackend(ctx, input.backend, { props: {}, chunks: input.output.chunks });
	const requested = backendForDelivery(input.backend, input.output);
	// An output no row can be delivered in is refused before the batch exists (per row: a GIF limit depends on its length).
	for (const row of rows) {
		const backend = requested === 'auto' ? 'local' : requested === 'local' && input.output.chunks > 1 ? 'chunked' : requested;
		assertDeliverable(ctx, input.output, { backend, props: row.props, at: `rows.${row.row}${row.variant ? `.${row.variant}` : ''}: ` });
	}
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
			brandKitId: input.brandKitId ?? null,
			skippedRows: issues.length > 0 ? (issues as Prisma.InputJsonValue) : undefined,
		},
	});
	for (const row of rows) {
		const narration = row.narrationText ? await resolveNarration(ctx.db, ctx.workspace.id, { text: row.narrationText }, input.voice) : null;
		await recordAndQueueRender(ctx, {
			template: input.template,
			props: row.props,
			output: input.output,
			narration,
			captions: input.captions ?? null,
			priority: input.priority,
			// Each row asks on its own: with auto, a batch that fills the local queue spills its later rows over to Lambda.
			backend: await chooseRenderBackend(ctx, requested, { props: row.props, chunks: input.output.chunks }),
			extra: { batchId, batchRow: row.row - 1, variant: row.variant, voice: input.voice as Prisma.InputJsonValue },
		});
	}
	return batchId;
};
