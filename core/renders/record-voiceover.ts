import type { Database } from '../db/create-database.js';

/** Which voiceover a render speaks, and whether it was reused from an earlier synthesis. */
export const recordVoiceover = async (db: Database, id: string, voiceover: { id: string; cacheHit: boolean }): Promise<void> => {
	await db.render.update({ where: { id }, data: { voiceoverId: voiceover.id, voiceoverCacheHit: voiceover.cacheHit } });
};
