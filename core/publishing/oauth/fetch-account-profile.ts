import type { PublishingConfig } from '../../config/load-config.js';
import type { OutboundPolicy } from '../../net/outbound-policy.js';
import { platformErrorOf } from '../platform-error-of.js';
import type { AccountProfile, OAuthPlatform } from '../publish-target.js';
import { targetNameOf } from '../target-name-of.js';

/** Who the token belongs to (the YouTube channel, the TikTok user): the platform's profile endpoint, read its way. */
export const fetchAccountProfile = async (
	{ publishing, outbound }: { publishing: PublishingConfig; outbound: OutboundPolicy },
	platform: OAuthPlatform,
	accessToken: string,
): Promise<AccountProfile> => {
	const response = await outbound.fetch(platform.profile.urlOf(publishing), {
		headers: { authorization: `Bearer ${accessToken}` },
		signal: AbortSignal.timeout(30_000),
	});
	const text = await response.text();
	if (!response.ok) throw platformErrorOf(targetNameOf(platform.provider), response.status, text);
	return platform.profile.parse(JSON.parse(text));
};
