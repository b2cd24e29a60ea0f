import type { Storage } from '../../core/storage/storage.js';

/** The keys of every object under `prefix`, in order. */
export const storedKeys = async (storage: Pick<Storage, 'list'>, prefix: string): Promise<string[]> => {
	const keys: string[] = [];
	for await (const object of storage.list(prefix)) keys.push(object.key);
	return keys;
};
