import { TRPCError } from '@trpc/server';
import type { ServerContext } from '../context.js';
import { fileUrlIn } from '../files/file-url-in.js';
import { describeRowIssue } from './describe-row-issue.js';
import { skippedRowsOf } from './skipped-rows-of.js';

export type BatchResult = {
	/** 1-based, as a person counts the data rows of the sheet. */
	row: number;
	variant: string | null;
	status: string;
	renderId: string | null;
	outputUrl: string | null;
	error: string | null;
	/** Length of the video, once known. */
	durationSeconds: number | null;
	/** Wall time from claim to finish. */
	renderSeconds: number | null;
};

/**
 * One line per row and variant of a batch, in sheet order: its render (status, link to the output as render views
 * give it, error, durations) or, for a row left out with onInvalidRows 'skip', status 'skipped' and its reasons.
 */
export const batchResults = async (ctx: Pick<ServerContext, 'db' | 'workspace' | 'links' | 'storage' | 'config'>, batchId: string): Promise<BatchResult[]> => {
	const batch = await ctx.db.batch.findFirst({ where: { id: batchId, workspaceId: ctx.workspace.id }, select: { skippedRows: true } });
	if (!batch) throw new TRPCError({ code: 'NOT_FOUND', message: `No batch '${batchId}'` });
	const renders = await ctx.db.render.findMany({
		where: { batchId, workspaceId: ctx.workspace.id },
		select: {
			id: true,
			status: true,
			batchRow: true,
			variant: true,
			outputKey: true,
			error: true,
			fps: true,
			durationInFrames: true,
			startedAt: true,
			finishedAt: true,
		},
	});
	const rendered = await Promise.all(
		renders.map(
			async (render): Promise<BatchResult> => ({
				row: (render.batchRow ?? 0) + 1,
				variant: render.variant,
				status: render.status,
				renderId: render.id,
				outputUrl: render.status === 'done' && render.outputKey ? await fileUrlIn(ctx, render.outputKey) : null,
				error: render.error,
				durationSeconds: render.fps && render.durationInFrames ? Math.round((render.durationInFrames / render.fps) * 1000) / 1000 : null,
				renderSeconds: render.startedAt && render.finishedAt ? (render.finishedAt.getTime() - render.startedAt.getTime()) / 1000 : null,
			}),
		),
	);
	// A skipped row can have several problems: one line for it, its reasons joined.
	const skipped = new Map<string, BatchResult>();
	for (const issue of skippedRowsOf(batch.skippedRows)) {
		const key = `${issue.row}/${issue.variant ?? ''}`;
		const line = describeRowIssue(issue);
		const seen = skipped.get(key);
		if (seen) seen.error = `${seen.error}; ${line}`;
		else
			skipped.set(key, {
				row: issue.row,
				variant: issue.variant,
				status: 'skipped',
				renderId: null,
				outputUrl: null,
				error: line,
				durationSeconds: null,
				renderSeconds: null,
			});
	}
	return [...rendered, ...skipped.values()].sort((a, b) => a.row - b.row || (a.variant ?? '').localeCompare(b.variant ?? ''));
};
