import type { PublishTarget } from '../../publish-target.js';
import { measureTiktokVideos } from './measure-tiktok-videos.js';
import { publishToTiktok } from './publish-to-tiktok.js';
import { tiktokPlatform } from './tiktok-platform.js';

/** A TikTok creator account, posted to directly: one post per render and account, whatever the caption. */
export const tiktokTarget: PublishTarget<'tiktok'> = {
	kind: 'tiktok',
	identityOf: (target) => [target.accountId],
	publish: publishToTiktok,
	platform: { ...tiktokPlatform, measure: measureTiktokVideos },
};
