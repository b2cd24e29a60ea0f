import { TRPCError } from '@trpc/server';
import { finishedStatuses, type RenderStatus, renderStatuses } from '../../core/contracts/render-status.js';
import type { ServerContext } from '../context.js';
import { skippedRowsOf } from './skipped-rows-of.js';

export type BatchStatus = 'queued' | 'rendering' | 'done' | 'failed' | 'partial' | 'cancelled';

/** A batch with its renders' statuses counted and its progress as the mean of theirs. */
export const batchView = async (ctx: Pick<ServerContext, 'db' | 'workspace' | 'links'>, id: string) => {
	const batch = await ctx.db.batch.findFirst({
		where: { id, workspaceId: ctx.workspace.id },
		select: { id: true, template: true, name: true, rowCount: true, metadata: true, brandKitId: true, skippedRows: true, createdAt: true },
	});
	if (!batch) throw new TRPCError({ code: 'NOT_FOUND', message: `No batch '${id}'` });
	const renders = await ctx.db.render.findMany({ where: { batchId: id, workspaceId: ctx.workspace.id }, select: { status: true, progress: true } });
	const counts = Object.fromEntries(renderStatuses.map((status) => [status, 0])) as Record<RenderStatus, number>;
	for (const render of renders) counts[render.status] += 1;
	const finished = renders.filter((render) => finishedStatuses.includes(render.status)).length;
	const status: BatchStatus =
		finished < renders.length
			? counts.queued === renders.length
				? 'queued'
				: 'rendering'
			: counts.done === renders.length
				? 'done'
				: counts.cancelled === renders.length
					? 'cancelled'
					: counts.done === 0
						? 'failed'
						: 'partial';
	return {
		...batch,
		skippedRows: skippedRowsOf(batch.skippedRows),
		createdAt: batch.createdAt.toISOString(),
		renderCount: renders.length,
		counts,
		status,
		progress: renders.length === 0 ? 0 : renders.reduce((sum, render) => sum + render.progress, 0) / renders.length,
		outputsZipUrl: counts.done > 0 ? ctx.links.batchZipUrl(id) : null,
		resultsCsvUrl: ctx.links.batchResultsCsvUrl(id),
	};
};
