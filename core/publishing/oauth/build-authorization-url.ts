import type { PublishingConfig } from '../../config/load-config.js';
import type { OAuthPlatform } from '../publish-target.js';
import { oauthClientOf } from './oauth-client-of.js';

/** The page the user is sent to to grant access, as the platform builds it (scopes, PKCE or not) for this app. */
export const buildAuthorizationUrl = (
	publishing: PublishingConfig,
	platform: OAuthPlatform,
	{ state, redirectUri, codeChallenge }: { state: string; redirectUri: string; codeChallenge: string },
): string => platform.oauth.authorizationUrlOf(publishing, { clientId: oauthClientOf(publishing, platform).id, redirectUri, state, codeChallenge });
