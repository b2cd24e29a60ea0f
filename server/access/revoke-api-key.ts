import type { Database } from '../../core/db/create-database.js';
import { apiKeySelect, toApiKeyView } from './api-key-view.js';

/** Revokes a key from its next request on; revoking twice keeps the first time. null when there is no such key. */
export const revokeApiKey = async (db: Database, id: string, workspaceId?: string) => {
	await db.apiKey.updateMany({ where: { id, workspaceId, revokedAt: null }, data: { revokedAt: new Date() } });
	const row = await db.apiKey.findFirst({ where: { id, workspaceId }, select: apiKeySelect });
	return row ? toApiKeyView(row) : null;
};
