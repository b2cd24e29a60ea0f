import type { Database } from '../../core/db/create-database.js';
import { type ApiKeyScope, parseStoredScopes } from './api-key-scopes.js';
import { hashApiKeySecret } from './hash-api-key-secret.js';

/** What a request's procedures know about the key it came with. */
export type ApiKeyIdentity = { id: string; workspaceId: string; scopes: ApiKeyScope[]; rateLimitPerMinute: number };

export type ApiKeyVerification = { ok: true; apiKey: ApiKeyIdentity } | { ok: false; message: string };

/** lastUsedAt is a hint for people tidying keys up; writing it on every call would cost a write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Finds the key by the hash of the secret (or by id, for a stream token that stands for it); unknown and revoked keys
 * are refused with a message that never repeats the secret.
 */
export const verifyApiKey = async (db: Database, secret: string | { id: string }, now = new Date()): Promise<ApiKeyVerification> => {
	const row = await db.apiKey.findUnique({
		where: typeof secret === 'string' ? { hash: hashApiKeySecret(secret) } : { id: secret.id },
		select: { id: true, workspaceId: true, scopes: true, rateLimitPerMinute: true, lastUsedAt: true, revokedAt: true },
	});
	if (!row) return { ok: false, message: 'The API key is not valid' };
	if (row.revokedAt) return { ok: false, message: 'The API key has been revoked' };
	const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
	if (!row.lastUsedAt || row.lastUsedAt < staleBefore) {
		// Conditional, so concurrent requests of the same key write once.
		await db.apiKey.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] }, data: { lastUsedAt: now } });
	}
	return { ok: true, apiKey: { id: row.id, workspaceId: row.workspaceId, scopes: parseStoredScopes(row.scopes), rateLimitPerMinute: row.rateLimitPerMinute } };
};
