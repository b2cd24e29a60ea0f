import type { PublishTargets } from './publish-target.js';
import { s3Target } from './targets/s3/s3-target.js';
import { tiktokTarget } from './targets/tiktok/tiktok-target.js';
import { webhookTarget } from './targets/webhook/webhook-target.js';
import { youtubeTarget } from './targets/youtube/youtube-target.js';

/**
 * Every publish target kind, one line each; each is a folder under targets/. `satisfies` makes a kind of
 * publish-contract.ts without its PublishTarget (or an OAuth kind without its platform part) a compile error.
 * Generic code reaches a kind through publishTargetOf and platformOf.
 */
export const publishTargets = { youtube: youtubeTarget, tiktok: tiktokTarget, webhook: webhookTarget, s3: s3Target } satisfies PublishTargets;
