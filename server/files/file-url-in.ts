import type { ServerContext } from '../context.js';

/**
 * A link to an object of the request's workspace (by its key inside the workspace) that works without a key until it
 * expires: a presigned bucket URL when storage is S3 (STORAGE_PRESIGN_SECONDS; the download never passes through the
 * API), else a signed /files link (FILE_URL_TTL_SECONDS).
 */
export const fileUrlIn = async (ctx: Pick<ServerContext, 'links' | 'storage' | 'config'>, key: string): Promise<string> =>
	(await ctx.storage.presignedUrlOf(key, { expiresInSeconds: ctx.config.storage.presignSeconds })) ?? ctx.links.fileUrl(ctx.storage.fullKeyOf(key));
