import type { Database } from '../db/create-database.js';

/** How many frame ranges a chunked render was split into (shown on the render while its chunks run). */
export const recordChunkCount = async (db: Database, id: string, chunkCount: number): Promise<void> => {
	await db.render.update({ where: { id }, data: { chunkCount } });
};
