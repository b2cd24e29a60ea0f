import type { Database } from '../../core/db/create-database.js';
import { apiKeySelect, toApiKeyView } from './api-key-view.js';

/** Every key of a workspace (of all of them without one), newest first, revoked ones included (they say when). */
export const listApiKeys = async (db: Database, workspaceId?: string) => {
	const rows = await db.apiKey.findMany({ where: { workspaceId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: apiKeySelect });
	return rows.map(toApiKeyView);
};
