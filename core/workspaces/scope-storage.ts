import type { Storage } from '../storage/storage.js';
import { SHARED_SAMPLES_FOLDER } from './shared-storage-folders.js';
import { storagePrefixOf, WORKSPACES_FOLDER } from './storage-prefix-of.js';

export class StorageKeyOutsideWorkspaceError extends Error {
	constructor(readonly key: string) {
		super(`"${key}" is not a key of this workspace's storage`);
		this.name = 'StorageKeyOutsideWorkspaceError';
	}
}

export type WorkspaceStorage = Storage & {
	workspaceId: string;
	/** The key of an object of this workspace in all of storage (what /files/<key> and presigned URLs name). */
	fullKeyOf: (key: string) => string;
};

/**
 * One workspace's view of storage: keys are relative to the workspace (`renders/<id>.mp4`, `clips/<hash>.mp4`), so a
 * `storage:` reference in one workspace's props can never name another's object. `samples/` is shared and read-only.
 */
export const scopeStorage = (root: Storage, workspaceId: string): WorkspaceStorage => {
	const prefix = storagePrefixOf(workspaceId);
	const fullKeyOf = (key: string) => {
		if (key.startsWith(WORKSPACES_FOLDER)) throw new StorageKeyOutsideWorkspaceError(key);
		return key.startsWith(SHARED_SAMPLES_FOLDER) ? key : `${prefix}${key}`;
	};
	const writable = (key: string) => {
		if (key.startsWith(SHARED_SAMPLES_FOLDER)) throw new StorageKeyOutsideWorkspaceError(key);
		return fullKeyOf(key);
	};
	return {
		kind: root.kind,
		workspaceId,
		fullKeyOf,
		putFile: (key, sourcePath, options) => root.putFile(writable(key), sourcePath, options),
		stat: async (key) => {
			const object = await root.stat(fullKeyOf(key));
			return object ? { ...object, key } : null;
		},
		openLocal: (key) => root.openLocal(fullKeyOf(key)),
		read: (key, range) => root.read(fullKeyOf(key), range),
		presignedUrlOf: (key, options) => root.presignedUrlOf(fullKeyOf(key), options),
		locationOf: (key) => root.locationOf(fullKeyOf(key)),
		remove: (key) => root.remove(writable(key)),
		removePrefix: (folder) => root.removePrefix(writable(folder)),
		// Staged files and unfinished uploads carry no workspace; storage gc removes them for all of storage.
		removeAbandonedWrites: async () => {
			throw new Error('Abandoned writes are removed for all of storage (reelforge storage gc), not for one workspace');
		},
		list: async function* (folder) {
			for await (const object of root.list(fullKeyOf(folder))) {
				// The default workspace's folder is the root (prefix ''): the other workspaces' folders are not its objects.
				if (prefix === '' && object.key.startsWith(WORKSPACES_FOLDER)) continue;
				yield { ...object, key: object.key.startsWith(prefix) ? object.key.slice(prefix.length) : object.key };
			}
		},
	};
};
