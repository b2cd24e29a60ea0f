import { z } from 'zod';
import type { OAuthPlatform } from '../../publish-target.js';

/** Read the user, post videos (direct post and upload), and list them for metrics. */
const SCOPES = ['user.info.basic', 'video.publish', 'video.upload', 'video.list'];

const userSchema = z.object({
	data: z.object({ user: z.object({ open_id: z.string(), display_name: z.string().optional(), username: z.string().optional() }) }),
});

/**
 * TikTok's OAuth (Login Kit for Web): the app is a client key, scopes are comma-separated, no PKCE in the web flow;
 * the account is the user of the token (user/info).
 */
export const tiktokPlatform: OAuthPlatform<'tiktok'> = {
	provider: 'tiktok',
	oauth: {
		credentialsOf: ({ tiktok }) => (tiktok ? { id: tiktok.clientKey, secret: tiktok.clientSecret } : null),
		configureHint: 'set TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET',
		authorizationUrlOf: (publishing, { clientId, redirectUri, state }) => {
			const url = new URL(`${publishing.urls.tiktokAuth}/v2/auth/authorize/`);
			url.search = new URLSearchParams({ client_key: clientId, redirect_uri: redirectUri, response_type: 'code', scope: SCOPES.join(','), state }).toString();
			return url.toString();
		},
		tokenUrlOf: (publishing) => `${publishing.urls.tiktokApi}/v2/oauth/token/`,
		clientIdField: 'client_key',
		pkce: false,
		tokenEndpointName: 'TikTok OAuth',
	},
	profile: {
		urlOf: (publishing) => `${publishing.urls.tiktokApi}/v2/user/info/?fields=open_id,display_name,username`,
		parse: (body) => {
			const { user } = userSchema.parse(body).data;
			return { externalId: user.open_id, displayName: user.display_name ?? user.username ?? user.open_id, username: user.username ?? null };
		},
	},
};
