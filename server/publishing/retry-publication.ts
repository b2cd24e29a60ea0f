import { TRPCError } from '@trpc/server';
import { enqueuePublication } from '../../core/publishing/enqueue-publication.js';
import type { ServerContext } from '../context.js';
import { type PublicationView, publicationSelect, toPublicationView } from './publication-view.js';

/**
 * Queues a failed publication again (after a quota reset, a reconnected account). What was already done is kept:
 * a YouTube session resumes, an uploaded video is not sent again. Publications in progress are returned as they are.
 */
export const retryPublication = async (ctx: Pick<ServerContext, 'db' | 'config' | 'publishQueue' | 'workspace'>, id: string): Promise<PublicationView> => {
	const publication = await ctx.db.publication.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: publicationSelect });
	if (!publication) throw new TRPCError({ code: 'NOT_FOUND', message: `No publication '${id}'` });
	if (publication.status === 'published') {
		throw new TRPCError({
			code: 'PRECONDITION_FAILED',
			message: `Publication '${id}' is already published${publication.url ? ` at ${publication.url}` : ''}; it is not uploaded again`,
		});
	}
	if (publication.status !== 'failed') return toPublicationView(publication);
	const updated = await ctx.db.publication.update({ where: { id }, data: { status: 'queued', error: null, errorReason: null }, select: publicationSelect });
	await enqueuePublication(ctx.publishQueue, id, ctx.config.publishing, { again: true });
	return toPublicationView(updated);
};
