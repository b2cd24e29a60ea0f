import type { ServerContext } from '../context.js';

/** A signed link to an object of the request's workspace, by its key inside the workspace. */
export const fileUrlIn = (ctx: Pick<ServerContext, 'links' | 'storage'>, key: string): string => ctx.links.fileUrl(ctx.storage.fullKeyOf(key));
