import { z } from 'zod';

/**
 * What a key may do: `render` makes renders, scripts and voiceovers; `publish` posts finished videos; `admin` manages
 * its workspace's keys and implies render and publish; `operator` runs the service: it manages workspaces and may act
 * in any workspace a request names (X-Reelforge-Workspace), and implies every other scope.
 */
export const apiKeyScopeSchema = z.enum(['render', 'publish', 'admin', 'operator']);
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

export const hasScope = (scopes: readonly ApiKeyScope[], needed: ApiKeyScope): boolean =>
	scopes.includes(needed) || scopes.includes('operator') || (needed !== 'operator' && scopes.includes('admin'));

/** Scopes as stored (JSON); anything unknown is dropped rather than trusted. */
export const parseStoredScopes = (stored: unknown): ApiKeyScope[] =>
	Array.isArray(stored) ? stored.filter((scope): scope is ApiKeyScope => apiKeyScopeSchema.safeParse(scope).success) : [];
