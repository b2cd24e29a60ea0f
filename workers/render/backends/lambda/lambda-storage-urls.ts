import type { FileLinks } from '../../../../core/links/create-file-links.js';
import type { WorkspaceStorage } from '../../../../core/workspaces/scope-storage.js';
import { RenderInputError } from '../../render-errors.js';
import { isReachableFromAws } from './lambda-reachable-props.js';

/**
 * How Lambda fetches a `storage:` key of the render's workspace. With a bucket: a presigned URL of the object
 * (Lambda reads it from S3 directly; PUBLIC_URL is not needed). With local storage: a signed link to this deployment's
 * /files route at PUBLIC_URL, which must be an address AWS can reach.
 */
export const lambdaStorageUrls =
	({
		storage,
		links,
		publicUrl,
		expiresInSeconds,
	}: {
		storage: WorkspaceStorage;
		links: FileLinks | null;
		publicUrl: string | null;
		expiresInSeconds: number;
	}) =>
	async (key: string, src: string): Promise<string> => {
		if (!(await storage.stat(key))) throw new RenderInputError(`Lambda cannot fetch "${src}": it names nothing in this workspace's storage`);
		const presigned = await storage.presignedUrlOf(key, { expiresInSeconds });
		if (presigned) return presigned;
		if (!links || !publicUrl || !isReachableFromAws(new URL(publicUrl).hostname)) {
			throw new RenderInputError(
				`Lambda cannot fetch "${src}": keep files in a bucket (STORAGE_S3_BUCKET) or set PUBLIC_URL to an address AWS can reach (it is ${publicUrl ?? 'unset'})`,
			);
		}
		return links.fileUrl(storage.fullKeyOf(key));
	};
