import { randomBytes } from 'node:crypto';

export type IssuedTokens = { access_token: string; refresh_token: string; expires_in: number };

/** Access and refresh tokens as a provider keeps them: issued, expired on demand, refreshed only with a known refresh token. */
export const createFakeOAuthTokens = (prefix: string) => {
	const access = new Map<string, { valid: boolean }>();
	const refresh = new Set<string>();
	const counts = { issued: 0, refreshed: 0 };
	const issue = (refreshToken?: string): IssuedTokens => {
		const access_token = `${prefix}-at-${randomBytes(8).toString('hex')}`;
		access.set(access_token, { valid: true });
		const refresh_token = refreshToken ?? `${prefix}-rt-${randomBytes(8).toString('hex')}`;
		refresh.add(refresh_token);
		counts.issued += 1;
		return { access_token, refresh_token, expires_in: 3600 };
	};
	return {
		counts,
		issue,
		/** What a provider does on grant_type=refresh_token: a new access token for a refresh token it issued. */
		refresh: (refreshToken: string): IssuedTokens | null => {
			if (!refresh.has(refreshToken)) return null;
			counts.refreshed += 1;
			return issue(refreshToken);
		},
		isValid: (authorization: string | undefined) => {
			const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
			return token !== undefined && access.get(token)?.valid === true;
		},
		/** Every access token issued so far stops working (revoked, or expired early): the next call gets 401. */
		expireAll: () => {
			for (const entry of access.values()) entry.valid = false;
		},
		revokeRefreshTokens: () => refresh.clear(),
	};
};
