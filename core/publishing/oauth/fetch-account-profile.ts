import { z } from 'zod';
import type { PublishingConfig } from '../../config/load-config.js';
import type { OutboundPolicy } from '../../net/outbound-policy.js';
import { PlatformError } from '../platform-error.js';
import { platformErrorOf } from '../platform-error-of.js';
import type { PlatformProvider } from '../publish-contract.js';

const youtubeChannelsSchema = z.object({ items: z.array(z.object({ id: z.string(), snippet: z.object({ title: z.string() }).optional() })).default([]) });
const tiktokUserSchema = z.object({
	data: z.object({ user: z.object({ open_id: z.string(), display_name: z.string().optional(), username: z.string().optional() }) }),
});

/** Who the token belongs to: the YouTube channel (channels.list mine=true) or the TikTok user (user/info). */
export const fetchAccountProfile = async (
	{ publishing, outbound }: { publishing: PublishingConfig; outbound: OutboundPolicy },
	provider: PlatformProvider,
	accessToken: string,
): Promise<{ externalId: string; displayName: string; username: string | null }> => {
	const url =
		provider === 'youtube'
			? `${publishing.urls.youtubeApi}/youtube/v3/channels?part=snippet&mine=true`
			: `${publishing.urls.tiktokApi}/v2/user/info/?fields=open_id,display_name,username`;
	const response = await outbound.fetch(url, { headers: { authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(30_000) });
	const text = await response.text();
	if (!response.ok) throw platformErrorOf(provider === 'youtube' ? 'YouTube' : 'TikTok', response.status, text);
	if (provider === 'youtube') {
		const channel = youtubeChannelsSchema.parse(JSON.parse(text)).items[0];
		if (!channel) throw new PlatformError('This Google account has no YouTube channel: create one, then connect again', 'rejected', false);
		return { externalId: channel.id, displayName: channel.snippet?.title ?? channel.id, username: null };
	}
	const { user } = tiktokUserSchema.parse(JSON.parse(text)).data;
	return { externalId: user.open_id, displayName: user.display_name ?? user.username ?? user.open_id, username: user.username ?? null };
};
