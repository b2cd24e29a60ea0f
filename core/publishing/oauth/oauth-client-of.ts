import type { PublishingConfig } from '../../config/load-config.js';
import { PlatformError } from '../platform-error.js';
import type { PlatformProvider } from '../publish-contract.js';

/** What each provider is asked for: upload and read the channel (YouTube, YouTube Analytics); post and read videos (TikTok). */
export const OAUTH_SCOPES: Record<PlatformProvider, string[]> = {
	youtube: [
		'https://www.googleapis.com/auth/youtube.upload',
		'https://www.googleapis.com/auth/youtube.readonly',
		'https://www.googleapis.com/auth/yt-analytics.readonly',
	],
	tiktok: ['user.info.basic', 'video.publish', 'video.upload', 'video.list'],
};

export type OAuthClient = { provider: PlatformProvider; id: string; secret: string; tokenUrl: string };

/** The app credentials of a provider; a clear refusal when they are not configured. */
export const oauthClientOf = (publishing: PublishingConfig, provider: PlatformProvider): OAuthClient => {
	if (provider === 'youtube') {
		if (!publishing.google) throw new PlatformError('YouTube is not configured: set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET', 'not-connected', false);
		return { provider, id: publishing.google.clientId, secret: publishing.google.clientSecret, tokenUrl: publishing.urls.googleToken };
	}
	if (!publishing.tiktok) throw new PlatformError('TikTok is not configured: set TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET', 'not-connected', false);
	return { provider, id: publishing.tiktok.clientKey, secret: publishing.tiktok.clientSecret, tokenUrl: `${publishing.urls.tiktokApi}/v2/oauth/token/` };
};
