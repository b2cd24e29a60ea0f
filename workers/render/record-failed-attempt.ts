import { recordFailure } from '../../core/renders/record-failure.js';
import type { RenderContext } from './render-context.js';
import { isRetryableRenderError, RenderCancelledError, RenderInputError } from './render-errors.js';
import { renderFailureMessageOf } from './render-failure-message-of.js';

export type FailedAttempt = {
	renderId: string;
	attempt: number;
	isFinalAttempt: boolean;
	/** What failed when it was a part of the render ("chunk 2 (frames 30-59)"); absent for the whole render. */
	part?: string;
};

/**
 * What every attempt at a render (the whole render or one chunk) does when it fails: a cancel stays a cancel; the
 * last attempt, or an error no retry can mend, fails the render with a reason a person can act on; an earlier attempt
 * of the whole render puts it back in the queue (a chunk's retry leaves it rendering: the other chunks go on).
 * Returns the error to throw; the raw one goes to the log.
 */
export const recordFailedAttempt = async (ctx: Pick<RenderContext, 'db' | 'logger'>, failed: FailedAttempt, raw: unknown): Promise<unknown> => {
	const { renderId, attempt, isFinalAttempt, part } = failed;
	const current = await ctx.db.render.findUnique({ where: { id: renderId }, select: { status: true } });
	if (current?.status === 'cancelled' || raw instanceof RenderCancelledError) return new RenderCancelledError(renderId);
	const reason = renderFailureMessageOf(raw);
	const message = part ? `Rendering ${part} failed: ${reason.replace(/^Rendering failed: /, '')}` : reason;
	const final = isFinalAttempt || !isRetryableRenderError(raw);
	if (final || !part) await recordFailure(ctx.db, renderId, { message, final, attempt });
	ctx.logger.warn(final ? 'render failed' : 'render attempt failed, will retry', {
		renderId,
		attempt,
		...(part ? { part } : {}),
		error: message,
		raw: raw instanceof Error ? (raw.stack ?? raw.message).slice(0, 4000) : String(raw),
	});
	return part && raw instanceof RenderInputError ? new RenderInputError(message) : raw;
};
