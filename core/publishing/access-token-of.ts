import { decryptToken } from './decrypt-token.js';
import { encryptToken } from './encrypt-token.js';
import { requestOAuthTokens } from './oauth/request-oauth-tokens.js';
import type { PlatformDeps } from './platform-deps.js';
import { PlatformError } from './platform-error.js';
import type { OAuthPlatform } from './publish-target.js';

/** Tokens are refreshed this long before they expire, so an upload never starts with one about to lapse. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * A usable access token for an account of `platform`: the stored one, or a fresh one from the refresh token when it
 * expires within REFRESH_MARGIN_MS (or when `forceRefresh`, after a 401). The refreshed tokens are stored encrypted at once.
 */
export const accessTokenOf = async (
	deps: PlatformDeps,
	platform: OAuthPlatform,
	accountId: string,
	{ forceRefresh = false, signal }: { forceRefresh?: boolean; signal?: AbortSignal } = {},
) => {
	const account = await deps.db.platformAccount.findUnique({ where: { id: accountId } });
	if (!account) throw new PlatformError(`No connected account '${accountId}': it was disconnected; connect it again`, 'not-connected', false);
	const { provider } = platform;
	if (account.provider !== provider) {
		throw new PlatformError(`The account '${account.displayName}' is a ${account.provider} account, not ${provider}`, 'not-connected', false);
	}
	const expiresSoon = account.expiresAt !== null && account.expiresAt.getTime() - Date.now() < REFRESH_MARGIN_MS;
	if (!forceRefresh && !expiresSoon) return { token: decryptToken(deps.tokenKey, account.accessTokenEncrypted, account.id), provider, account };
	if (!account.refreshTokenEncrypted) {
		throw new PlatformError(`The ${provider} account '${account.displayName}' has no refresh token and its access expired: reconnect it`, 'auth', false, 401);
	}
	const refreshToken = decryptToken(deps.tokenKey, account.refreshTokenEncrypted, account.id);
	const tokens = await requestOAuthTokens(deps, platform, { grant_type: 'refresh_token', refresh_token: refreshToken }, signal);
	const updated = await deps.db.platformAccount.update({
		where: { id: account.id },
		data: {
			accessTokenEncrypted: encryptToken(deps.tokenKey, tokens.accessToken, account.id),
			...(tokens.refreshToken ? { refreshTokenEncrypted: encryptToken(deps.tokenKey, tokens.refreshToken, account.id) } : {}),
			expiresAt: tokens.expiresAt,
			...(tokens.refreshExpiresAt ? { refreshExpiresAt: tokens.refreshExpiresAt } : {}),
			...(tokens.scopes.length > 0 ? { scopes: tokens.scopes } : {}),
		},
	});
	deps.logger.info('access token refreshed', { accountId: account.id, provider });
	return { token: tokens.accessToken, provider, account: updated };
};
