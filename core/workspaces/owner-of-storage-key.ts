import { DEFAULT_WORKSPACE_ID } from './default-workspace.js';
import { SHARED_SAMPLES_FOLDER } from './shared-storage-folders.js';
import { WORKSPACES_FOLDER } from './storage-prefix-of.js';

/** Whose object a full storage key (as in /files/<key>) is, and its key inside that workspace; `shared` for samples. */
export const ownerOfStorageKey = (fullKey: string): { workspaceId: string; key: string } | { shared: true; key: string } => {
	if (fullKey.startsWith(SHARED_SAMPLES_FOLDER)) return { shared: true, key: fullKey };
	if (fullKey.startsWith(WORKSPACES_FOLDER)) {
		const [workspaceId = '', ...rest] = fullKey.slice(WORKSPACES_FOLDER.length).split('/');
		return { workspaceId, key: rest.join('/') };
	}
	return { workspaceId: DEFAULT_WORKSPACE_ID, key: fullKey };
};
