import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { jobIdOf, type RenderJobData } from '../../core/contracts/render-job.js';
import { resolveNarration, ScriptNotFoundError } from '../../core/scripts/resolve-narration.js';
import { validateTemplateProps } from '../../core/templates/validate-template-props.js';
import type { ServerContext } from '../context.js';
import { PropsRejectedError } from '../props-rejected-error.js';
import type { CreateRenderInput } from './create-render.schema.js';
import { renderSelect } from './render-view.js';

const RETRY_BACKOFF_MS = 2000;

const rethrowAsNotFound = (error: unknown): never => {
	if (error instanceof ScriptNotFoundError) throw new TRPCError({ code: 'NOT_FOUND', message: error.message });
	throw error;
};

/** Validates the props, records the render and queues it. Bad props are rejected before anything is stored. */
export const createRender = async (ctx: ServerContext, input: CreateRenderInput) => {
	const validation = validateTemplateProps(input.template, input.props);
	if (!validation.ok) {
		throw new TRPCError({
			code: validation.reason === 'unknown-template' ? 'NOT_FOUND' : 'BAD_REQUEST',
			message: validation.message,
			cause: new PropsRejectedError(validation.message, validation.issues),
		});
	}
	const narration = input.narration ? await resolveNarration(ctx.db, input.narration, input.voice).catch(rethrowAsNotFound) : null;
	const id = randomUUID();
	const render = await ctx.db.render.create({
		data: { id, template: input.template, props: validation.props as object, scriptId: narration?.scriptId ?? null },
		select: renderSelect,
	});
	const data: RenderJobData = { renderId: id, template: input.template, props: validation.props, output: input.output, narration };
	try {
		await ctx.queue.add('render', data, {
			jobId: jobIdOf(id),
			priority: input.priority,
			attempts: ctx.config.renderAttempts,
			backoff: { type: 'exponential', delay: RETRY_BACKOFF_MS },
			removeOnComplete: { age: 7 * 24 * 3600 },
			removeOnFail: { age: 30 * 24 * 3600 },
		});
	} catch (error) {
		await ctx.db.render.update({ where: { id }, data: { status: 'failed', error: 'Could not be queued: the queue is unavailable' } });
		ctx.logger.error('enqueue failed', { renderId: id, error: String(error) });
		throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The render queue is unavailable; try again shortly' });
	}
	return render;
};
