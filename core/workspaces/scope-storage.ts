import type { LocalStorage } from '../storage/local-storage.js';
import { SHARED_SAMPLES_FOLDER } from './shared-storage-folders.js';
import { storagePrefixOf, WORKSPACES_FOLDER } from './storage-prefix-of.js';

export class StorageKeyOutsideWorkspaceError extends Error {
	constructor(readonly key: string) {
		super(`"${key}" is not a key of this workspace's storage`);
		this.name = 'StorageKeyOutsideWorkspaceError';
	}
}

/**
 * One workspace's view of storage: keys are relative to the workspace (`renders/<id>.mp4`, `clips/<hash>.mp4`), so a
 * `storage:` reference in one workspace's props can never name another's object. `samples/` is shared and read-only.
 */
export const scopeStorage = (root: LocalStorage, workspaceId: string): LocalStorage & { workspaceId: string; fullKeyOf: (key: string) => string } => {
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
		workspaceId,
		root: root.root,
		fullKeyOf,
		pathOf: (key) => root.pathOf(fullKeyOf(key)),
		putFile: (key, sourcePath) => root.putFile(writable(key), sourcePath),
		stat: (key) => root.stat(fullKeyOf(key)),
		remove: (key) => root.remove(writable(key)),
	};
};

export type WorkspaceStorage = ReturnType<typeof scopeStorage>;
