import type { Config } from '../config/load-config.js';
import type { OutboundPolicy } from '../net/outbound-policy.js';
import { createMediaCache, type MediaCache } from './cache/create-media-cache.js';
import { createLocalStorage } from './local/create-local-storage.js';
import { createS3Storage } from './s3/create-s3-storage.js';
import type { Storage } from './storage.js';

/** The storage this configuration names (a bucket when STORAGE_S3_BUCKET is set, else STORAGE_DIR) and this machine's media cache. */
export const openStorage = (
	config: Pick<Config, 'storageDir' | 'storage'>,
	outbound: Pick<OutboundPolicy, 'agents'>,
): { storage: Storage; cache: MediaCache } => {
	const cache = createMediaCache(config.storage.cache);
	const storage = config.storage.s3 ? createS3Storage(config.storage.s3, { cache, agents: outbound.agents }) : createLocalStorage(config.storageDir);
	return { storage, cache };
};
