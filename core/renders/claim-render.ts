import type { Database } from '../db/create-database.js';
import { unfinished } from './unfinished.js';

/**
 * A worker takes a render for one attempt: `rendering` from the start, or `encoding` for the join after a chunked
 * render's chunks (which keeps the progress and start time the chunks got to). false: it was cancelled or finished
 * meanwhile (between the worker's read and this write), and must not be rendered.
 */
export const claimRender = async (db: Database, id: string, { attempt, joining }: { attempt: number; joining: boolean }): Promise<boolean> => {
	const { count } = await db.render.updateMany({
		where: { id, ...unfinished },
		data: joining
			? { status: 'encoding', attempts: attempt, error: null }
			: { status: 'rendering', progress: 0, startedAt: new Date(), attempts: attempt, error: null },
	});
	return count > 0;
};
