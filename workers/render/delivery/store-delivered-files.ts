import type { WorkspaceStorage } from '../../../core/workspaces/scope-storage.js';
import type { DeliveredFile } from './finish-delivered-file.js';

/** A stored file of a render, as the render lists it (`outputs`) and /files serves it. */
export type StoredOutput = { kind: DeliveredFile['kind']; key: string; contentType: string; sizeBytes: number };

/** Where each delivered file of a render is kept: renders/<id>.<ext> for the video, renders/<id>.<kind>.<ext> beside it. */
export const deliveredKeyOf = (renderId: string, file: Pick<DeliveredFile, 'extension'>) => `renders/${renderId}.${file.extension}`;

/** Stores every delivered file of a render in its workspace, the video first. */
export const storeDeliveredFiles = async (
	storage: Pick<WorkspaceStorage, 'putFile'>,
	renderId: string,
	files: readonly DeliveredFile[],
): Promise<StoredOutput[]> => {
	const stored: StoredOutput[] = [];
	for (const file of files) {
		const key = deliveredKeyOf(renderId, file);
		const { sizeBytes } = await storage.putFile(key, file.path, { contentType: file.contentType });
		stored.push({ kind: file.kind, key, contentType: file.contentType, sizeBytes });
	}
	return stored;
};
