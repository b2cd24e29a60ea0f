import { jobIdOf } from '../../core/contracts/render-job.js';
import { isFinished } from '../../core/contracts/render-status.js';
import type { ServerContext } from '../context.js';
import { renderSelect } from './render-view.js';

// Queue events wake the watcher at once; the poll catches changes made outside the queue (a cancel, a crash).
const POLL_MS = 1000;

/** Yields the render each time it changes, until it is finished or the client goes away. */
export async function* watchRender(ctx: ServerContext, id: string, signal: AbortSignal | undefined) {
	let wake: (() => void) | null = null;
	const unsubscribe = ctx.renderEvents.onChange(jobIdOf(id), () => wake?.());
	const onAbort = () => wake?.();
	signal?.addEventListener('abort', onAbort);
	let lastSeen = '';
	try {
		while (!signal?.aborted) {
			const render = await ctx.db.render.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: renderSelect });
			if (!render) return;
			const fingerprint = `${render.status}:${render.progress}:${render.attempts}`;
			if (fingerprint !== lastSeen) {
				lastSeen = fingerprint;
				yield render;
			}
			if (isFinished(render.status)) return;
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, POLL_MS);
				wake = () => {
					clearTimeout(timer);
					resolve();
				};
			});
			wake = null;
		}
	} finally {
		unsubscribe();
		signal?.removeEventListener('abort', onAbort);
	}
}
