import type { Database } from '../../core/db/create-database.js';
import { apiKeySelect, toApiKeyView } from './api-key-view.js';

/** Every key, newest first, revoked ones included (they say when). */
export const listApiKeys = async (db: Database) => {
	const rows = await db.apiKey.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: apiKeySelect });
	return rows.map(toApiKeyView);
};
