import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { parseStoredScopes } from './api-key-scopes.js';

/** Everything about a key that may leave the server: never the hash. */
export const apiKeySelect = {
	id: true,
	workspaceId: true,
	name: true,
	prefix: true,
	scopes: true,
	rateLimitPerMinute: true,
	createdAt: true,
	lastUsedAt: true,
	revokedAt: true,
} as const satisfies Prisma.ApiKeySelect;

type ApiKeyRow = Prisma.ApiKeyGetPayload<{ select: typeof apiKeySelect }>;

export const toApiKeyView = (row: ApiKeyRow) => ({
	id: row.id,
	workspaceId: row.workspaceId,
	name: row.name,
	prefix: row.prefix,
	scopes: parseStoredScopes(row.scopes),
	rateLimitPerMinute: row.rateLimitPerMinute,
	createdAt: row.createdAt.toISOString(),
	lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
	revokedAt: row.revokedAt?.toISOString() ?? null,
});

export type ApiKeyView = ReturnType<typeof toApiKeyView>;
