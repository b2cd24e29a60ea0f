import { TRPCError } from '@trpc/server';
import { jobIdOf, RENDER_CANCEL_CHANNEL } from '../../core/contracts/render-job.js';
import { markCancelled } from '../../core/renders/mark-cancelled.js';
import { notifyRenderFinished } from '../../core/webhooks/notify-render-finished.js';
import { webhookNoticeOf } from '../../core/webhooks/webhook-notice-of.js';
import type { ServerContext } from '../context.js';
import { renderSelect } from './render-view.js';

/**
 * Marks the render cancelled, drops its job if no worker has it yet, and tells the worker that has it to stop.
 * Cancelling a finished render changes nothing.
 */
export const cancelRender = async (ctx: ServerContext, id: string) => {
	const cancelled = await markCancelled(ctx.db, id, ctx.workspace.id);
	// With Redis away the cancel still holds: a worker checks the status before rendering and on every progress write.
	if (cancelled && ctx.publisher.status === 'ready') {
		// An active job is locked and cannot be removed; its worker stops on the message below.
		// A chunked render's job waits for its chunks: removing it removes the chunks that have not started.
		for (const queue of ctx.renderQueues.all) {
			const job = await queue.getJob(jobIdOf(id));
			await job?.remove().catch(() => {});
		}
		await ctx.publisher.publish(RENDER_CANCEL_CHANNEL, id);
		// A render cancelled before any worker took it is finished here; the worker's event for one it was rendering has the same id.
		await notifyRenderFinished(ctx.db, ctx.webhookQueue, id, { ...webhookNoticeOf(ctx.config), links: ctx.links }).catch((error: unknown) =>
			ctx.logger.warn('could not queue webhook', { renderId: id, error: String(error) }),
		);
	}
	const render = await ctx.db.render.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: renderSelect });
	if (!render) throw new TRPCError({ code: 'NOT_FOUND', message: `No render '${id}'` });
	return render;
};
