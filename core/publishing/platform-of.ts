import type { PlatformProvider } from './publish-contract.js';
import type { PublishPlatform } from './publish-target.js';
import { publishTargets } from './publish-targets.js';

/** An OAuth platform's parts: connecting accounts (OAuth, profile) and measuring its videos. */
export const platformOf = (provider: PlatformProvider): PublishPlatform => publishTargets[provider].platform;
