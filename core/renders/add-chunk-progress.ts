import type { Database } from '../db/create-database.js';
import { unfinished } from './unfinished.js';

/**
 * Adds (or, for a failed chunk attempt, takes back) one chunk's share of a chunked render's progress, atomically, since
 * chunks on many workers report at once. false: the render was cancelled or failed (another chunk) meanwhile.
 */
export const addChunkProgress = async (db: Database, id: string, delta: number): Promise<boolean> => {
	const { count } = await db.render.updateMany({
		where: { id, ...unfinished },
		data: { ...(delta > 0 ? { status: 'rendering' } : {}), progress: delta >= 0 ? { increment: delta } : { decrement: -delta } },
	});
	return count > 0;
};
