import type { PublishingConfig } from '../../config/load-config.js';
import type { PlatformProvider } from '../publish-contract.js';
import { OAUTH_SCOPES, oauthClientOf } from './oauth-client-of.js';

/**
 * The page the user is sent to to grant access. Google: offline access with consent forced, so a refresh token is
 * always returned, and PKCE. TikTok's web flow takes the client key and comma-separated scopes, without PKCE.
 */
export const buildAuthorizationUrl = (
	publishing: PublishingConfig,
	provider: PlatformProvider,
	{ state, redirectUri, codeChallenge }: { state: string; redirectUri: string; codeChallenge: string },
): string => {
	const client = oauthClientOf(publishing, provider);
	if (provider === 'youtube') {
		const url = new URL(`${publishing.urls.googleOAuth}/o/oauth2/v2/auth`);
		url.search = new URLSearchParams({
			client_id: client.id,
			redirect_uri: redirectUri,
			response_type: 'code',
			scope: OAUTH_SCOPES.youtube.join(' '),
			access_type: 'offline',
			prompt: 'consent',
			include_granted_scopes: 'true',
			state,
			code_challenge: codeChallenge,
			code_challenge_method: 'S256',
		}).toString();
		return url.toString();
	}
	const url = new URL(`${publishing.urls.tiktokAuth}/v2/auth/authorize/`);
	url.search = new URLSearchParams({
		client_key: client.id,
		redirect_uri: redirectUri,
		response_type: 'code',
		scope: OAUTH_SCOPES.tiktok.join(','),
		state,
	}).toString();
	return url.toString();
};
