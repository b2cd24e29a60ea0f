import { z } from 'zod';
import { PlatformError } from '../../platform-error.js';
import type { OAuthPlatform } from '../../publish-target.js';

/** Upload, read the channel, read YouTube Analytics, and add caption tracks (captions.insert needs youtube.force-ssl). */
const SCOPES = [
	'https://www.googleapis.com/auth/youtube.upload',
	'https://www.googleapis.com/auth/youtube.force-ssl',
	'https://www.googleapis.com/auth/youtube.readonly',
	'https://www.googleapis.com/auth/yt-analytics.readonly',
];

const channelsSchema = z.object({ items: z.array(z.object({ id: z.string(), snippet: z.object({ title: z.string() }).optional() })).default([]) });

/**
 * Google's OAuth for YouTube: offline access with consent forced, so a refresh token is always returned, and PKCE;
 * the account is the channel of the token (channels.list mine=true).
 */
export const youtubePlatform: OAuthPlatform<'youtube'> = {
	provider: 'youtube',
	oauth: {
		credentialsOf: ({ google }) => (google ? { id: google.clientId, secret: google.clientSecret } : null),
		configureHint: 'set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET',
		authorizationUrlOf: (publishing, { clientId, redirectUri, state, codeChallenge }) => {
			const url = new URL(`${publishing.urls.googleOAuth}/o/oauth2/v2/auth`);
			url.search = new URLSearchParams({
				client_id: clientId,
				redirect_uri: redirectUri,
				response_type: 'code',
				scope: SCOPES.join(' '),
				access_type: 'offline',
				prompt: 'consent',
				include_granted_scopes: 'true',
				state,
				code_challenge: codeChallenge,
				code_challenge_method: 'S256',
			}).toString();
			return url.toString();
		},
		tokenUrlOf: (publishing) => publishing.urls.googleToken,
		clientIdField: 'client_id',
		pkce: true,
		tokenEndpointName: 'Google OAuth',
	},
	profile: {
		urlOf: (publishing) => `${publishing.urls.youtubeApi}/youtube/v3/channels?part=snippet&mine=true`,
		parse: (body) => {
			const channel = channelsSchema.parse(body).items[0];
			if (!channel) throw new PlatformError('This Google account has no YouTube channel: create one, then connect again', 'rejected', false);
			return { externalId: channel.id, displayName: channel.snippet?.title ?? channel.id, username: null };
		},
	},
};
