import type { Database } from '../db/create-database.js';
import { Prisma } from '../db/generated/sqlite/client.js';

/**
 * A done render whose files storage gc removed (RETENTION_OUTPUTS_DAYS): the record stays, with no output to link to
 * and the time its files went, so a client can tell "expired" from "never made".
 */
export const recordOutputsRemoved = async (db: Database, id: string): Promise<void> => {
	await db.render.updateMany({
		where: { id, status: 'done', outputsRemovedAt: null },
		data: { outputKey: null, outputs: Prisma.DbNull, captionFiles: Prisma.DbNull, outputsRemovedAt: new Date() },
	});
};
