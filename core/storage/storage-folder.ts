import { isStorageKey } from '../../compositions/shared/storage-key.js';

/**
 * A folder of storage (`chunks/<id>/`): a storage key ending in `/`, or '' for all of it where `allowAll`. Removal never
 * takes '' so no mistake can empty a bucket.
 */
export const assertStorageFolder = (prefix: string, { allowAll }: { allowAll: boolean }): string => {
	if (prefix === '' && allowAll) return prefix;
	if (!prefix.endsWith('/') || !isStorageKey(prefix.slice(0, -1))) {
		throw new Error(`"prefix" must be a folder of storage ending in / (like chunks/abc/), but is ${JSON.stringify(prefix)}`);
	}
	return prefix;
};
