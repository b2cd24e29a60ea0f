import type { Database } from '../db/create-database.js';
import { unfinished } from './unfinished.js';

/** Cancels a render of `workspaceId` that has not finished. false: there is none, or it had already finished. */
export const markCancelled = async (db: Database, id: string, workspaceId: string): Promise<boolean> => {
	const { count } = await db.render.updateMany({
		where: { id, workspaceId, ...unfinished },
		data: { status: 'cancelled', finishedAt: new Date(), error: null },
	});
	return count > 0;
};
