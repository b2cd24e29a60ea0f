import { accessTokenOf } from './access-token-of.js';
import type { PlatformDeps } from './platform-deps.js';
import { PlatformError } from './platform-error.js';
import type { OAuthPlatform } from './publish-target.js';

/**
 * Runs `call` with the account's access token; when the platform answers 401 (the token was revoked or expired early),
 * refreshes it and runs `call` once more. A second 401 means the refreshed token is refused too: reconnect.
 */
export const withAccessToken = async <T>(
	deps: PlatformDeps,
	platform: OAuthPlatform,
	accountId: string,
	call: (token: string) => Promise<T>,
	signal?: AbortSignal,
): Promise<T> => {
	const first = await accessTokenOf(deps, platform, accountId, { signal });
	try {
		return await call(first.token);
	} catch (error) {
		if (!(error instanceof PlatformError) || error.status !== 401) throw error;
	}
	const second = await accessTokenOf(deps, platform, accountId, { forceRefresh: true, signal });
	try {
		return await call(second.token);
	} catch (error) {
		if (error instanceof PlatformError && error.status === 401) {
			throw new PlatformError(`${error.message}. A freshly refreshed token was refused too: reconnect the account`, 'auth', false, 401);
		}
		throw error;
	}
};
