import { RenderBlockedError } from './render-blocked-error.js';
import type { EgressGuard } from './start-egress-guard.js';

/**
 * Runs `work` with a port for its Remotion server that the egress guard lets its pages load from, and a signal that
 * aborts the moment a page tries anything else; the work then fails with RenderBlockedError, whatever Remotion threw.
 */
export const withRenderLease = async <T>(
	sandbox: EgressGuard,
	signal: AbortSignal,
	work: (lease: { port: number; signal: AbortSignal }) => Promise<T>,
): Promise<T> => {
	let blocked: RenderBlockedError | null = null;
	const abort = new AbortController();
	const lease = await sandbox.openRender((url, reason) => {
		blocked ??= new RenderBlockedError(url, reason);
		abort.abort(blocked);
	});
	try {
		const result = await work({ port: lease.port, signal: AbortSignal.any([signal, abort.signal]) });
		if (blocked) throw blocked;
		return result;
	} catch (error) {
		throw blocked ?? error;
	} finally {
		lease.release();
	}
};
