import type { Database } from '../db/create-database.js';

/**
 * Puts a failed or cancelled render of `workspaceId` back to `queued`, as new (its last output, error and times cleared),
 * for renders.retry. false: it is in no state to be retried (it is running, done, or someone retried it first).
 */
export const requeueRender = async (db: Database, id: string, workspaceId: string): Promise<boolean> => {
	const { count } = await db.render.updateMany({
		where: { id, workspaceId, status: { in: ['failed', 'cancelled'] } },
		data: { status: 'queued', progress: 0, error: null, attempts: 0, startedAt: null, finishedAt: null, outputKey: null, outputSizeBytes: null },
	});
	return count > 0;
};
