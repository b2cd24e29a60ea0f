import { DEFAULT_WORKSPACE_ID } from './default-workspace.js';

/** Keys under this folder belong to workspaces other than the default one; no workspace may name it itself. */
export const WORKSPACES_FOLDER = 'workspaces/';

/** Where a workspace's objects live in storage. The default workspace keeps the layout it had before workspaces. */
export const storagePrefixOf = (workspaceId: string): string => (workspaceId === DEFAULT_WORKSPACE_ID ? '' : `${WORKSPACES_FOLDER}${workspaceId}/`);
