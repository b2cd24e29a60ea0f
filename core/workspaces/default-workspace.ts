/** The embedded workspace: everything made without a key, and everything made before workspaces existed. */
export const DEFAULT_WORKSPACE_ID = 'default';
