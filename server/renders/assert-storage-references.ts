import { TRPCError } from '@trpc/server';
import { mediaSourcesWithPaths } from '../../core/media/media-sources-with-paths.js';
import { StorageKeyOutsideWorkspaceError, type WorkspaceStorage } from '../../core/workspaces/scope-storage.js';
import { PropsRejectedError } from '../props-rejected-error.js';

/**
 * Every `storage:<key>` the props name must be an object of the request's workspace (or shared sample media), so one
 * workspace can never use another's clips or finished videos, and a typo fails now instead of when the render runs.
 */
export const assertStorageReferences = async (storage: WorkspaceStorage, props: unknown, pathPrefix = 'props'): Promise<void> => {
	const references = mediaSourcesWithPaths(props).filter(({ src }) => src.startsWith('storage:'));
	const issues = (
		await Promise.all(
			references.map(async ({ path, src }) => {
				const key = src.slice('storage:'.length);
				try {
					if (await storage.stat(key)) return null;
				} catch (error) {
					if (!(error instanceof StorageKeyOutsideWorkspaceError)) throw error;
				}
				return { path: `${pathPrefix}.${path}`, message: `${src} is not in this workspace's storage` };
			}),
		)
	).filter((issue) => issue !== null);
	if (issues.length === 0) return;
	const message = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
	throw new TRPCError({ code: 'BAD_REQUEST', message, cause: new PropsRejectedError(message, issues) });
};
