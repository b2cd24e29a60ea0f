import type { PublishingConfig } from '../../config/load-config.js';
import { PlatformError } from '../platform-error.js';
import type { PlatformProvider } from '../publish-contract.js';
import type { OAuthPlatform } from '../publish-target.js';
import { targetNameOf } from '../target-name-of.js';

export type OAuthClient = { provider: PlatformProvider; id: string; secret: string; tokenUrl: string };

/** The app credentials of a platform; a clear refusal when they are not configured. */
export const oauthClientOf = (publishing: PublishingConfig, platform: OAuthPlatform): OAuthClient => {
	const credentials = platform.oauth.credentialsOf(publishing);
	if (!credentials) throw new PlatformError(`${targetNameOf(platform.provider)} is not configured: ${platform.oauth.configureHint}`, 'not-connected', false);
	return { provider: platform.provider, id: credentials.id, secret: credentials.secret, tokenUrl: platform.oauth.tokenUrlOf(publishing) };
};
