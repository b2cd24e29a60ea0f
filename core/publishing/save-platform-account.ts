import { randomUUID } from 'node:crypto';
import { encryptToken } from './encrypt-token.js';
import type { TokenSet } from './oauth/request-oauth-tokens.js';
import type { PlatformDeps } from './platform-deps.js';
import type { PlatformProvider } from './publish-contract.js';

/**
 * Stores a connected account with its tokens encrypted, in the workspace that started connecting it. Connecting the
 * same channel or user again in that workspace updates its row
 * (fresh tokens, same id), so publications and metrics keep pointing at it. Returns the account id.
 */
export const savePlatformAccount = async (
	deps: Pick<PlatformDeps, 'db' | 'tokenKey'>,
	{
		workspaceId,
		provider,
		externalId,
		displayName,
		handle,
		tokens,
	}: { workspaceId: string; provider: PlatformProvider; externalId: string; displayName: string; handle: string | null; tokens: TokenSet },
): Promise<string> => {
	const existing = await deps.db.platformAccount.findUnique({
		where: { workspaceId_provider_externalId: { workspaceId, provider, externalId } },
		select: { id: true, refreshTokenEncrypted: true },
	});
	const id = existing?.id ?? randomUUID();
	// The account id is the associated data: a token copied into another row does not decrypt.
	const fields = {
		displayName,
		handle,
		scopes: tokens.scopes,
		accessTokenEncrypted: encryptToken(deps.tokenKey, tokens.accessToken, id),
		// Google sends a refresh token only on the first consent of some flows: keep the one we have.
		refreshTokenEncrypted: tokens.refreshToken ? encryptToken(deps.tokenKey, tokens.refreshToken, id) : (existing?.refreshTokenEncrypted ?? null),
		expiresAt: tokens.expiresAt,
		refreshExpiresAt: tokens.refreshExpiresAt,
	};
	if (existing) await deps.db.platformAccount.update({ where: { id }, data: fields });
	else await deps.db.platformAccount.create({ data: { id, workspaceId, provider, externalId, ...fields } });
	return id;
};
