import { TRPCError } from '@trpc/server';
import { jobIdOf, narrationJobSchema, renderOutputOptionsSchema } from '../../core/contracts/render-job.js';
import { requeueRender } from '../../core/renders/requeue-render.js';
import { captionsRequestSchema } from '../../core/transcription/captions-request-schema.js';
import type { ServerContext } from '../context.js';
import { assertWithinLimits } from '../workspaces/assert-within-limits.js';
import { assertQueueAvailable } from './assert-queue-available.js';
import { enqueueRender } from './enqueue-render.js';
import { renderSelect } from './render-view.js';

/** Queues a failed or cancelled render again, as it was first asked for (same id, props, output and narration). */
export const retryRender = async (ctx: ServerContext, id: string) => {
	const render = await ctx.db.render.findFirst({
		where: { id, workspaceId: ctx.workspace.id },
		select: { status: true, template: true, props: true, output: true, narration: true, captionsRequest: true, priority: true, backend: true },
	});
	if (!render) throw new TRPCError({ code: 'NOT_FOUND', message: `No render '${id}'` });
	if (render.status !== 'failed' && render.status !== 'cancelled') {
		throw new TRPCError({ code: 'CONFLICT', message: `Only failed or cancelled renders can be retried; this one is ${render.status}` });
	}
	assertQueueAvailable(ctx);
	const previous = await ctx.renderQueues.of(render.backend).getJob(jobIdOf(id));
	if (previous && (await previous.isActive())) {
		throw new TRPCError({ code: 'CONFLICT', message: 'The previous attempt is still stopping; try again in a few seconds' });
	}
	await previous?.remove();
	await assertWithinLimits(ctx.db, ctx.workspace.id, { renders: 1 });
	if (!(await requeueRender(ctx.db, id, ctx.workspace.id))) {
		throw new TRPCError({ code: 'CONFLICT', message: 'The render changed meanwhile (it was retried already); nothing was queued' });
	}
	await enqueueRender(
		ctx,
		{
			renderId: id,
			template: render.template,
			props: render.props as Record<string, unknown>,
			output: renderOutputOptionsSchema.parse(render.output ?? {}),
			narration: narrationJobSchema.nullable().parse(render.narration ?? null),
			captions: captionsRequestSchema.nullable().parse(render.captionsRequest ?? null),
			backend: render.backend,
		},
		render.priority,
	);
	return ctx.db.render.findUniqueOrThrow({ where: { id }, select: renderSelect });
};
