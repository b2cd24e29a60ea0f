import type { Database } from '../../core/db/create-database.js';

/**
 * Whether a workspace's key names something meant to be downloaded: a finished render's video, a stored voiceover or an
 * imported clip. Partial outputs, chunks and scratch files are never served, whoever asks.
 */
export const isServableObject = async (db: Database, workspaceId: string, key: string): Promise<boolean> => {
	const [renders, voiceovers, clips] = await Promise.all([
		db.render.count({ where: { workspaceId, outputKey: key, status: 'done' } }),
		db.voiceover.count({ where: { workspaceId, audioKey: key } }),
		db.clip.count({ where: { workspaceId, storageKey: key } }),
	]);
	return renders + voiceovers + clips > 0;
};
