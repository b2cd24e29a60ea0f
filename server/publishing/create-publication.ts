import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { enqueuePublication } from '../../core/publishing/enqueue-publication.js';
import type { PublicationTarget } from '../../core/publishing/publish-contract.js';
import { storagePrefixOf } from '../../core/workspaces/storage-prefix-of.js';
import { assertUrlsReachable } from '../access/assert-urls-reachable.js';
import type { ServerContext } from '../context.js';
import { type PublicationView, publicationSelect, toPublicationView } from './publication-view.js';
import { targetKeyOf } from './target-key-of.js';

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

/**
 * The target with everything decided now that could change later (S3 bucket and key), so its fingerprint is stable.
 * The server's S3 credentials are shared by every workspace: other workspaces than the default one write only into
 * S3_BUCKET and only under their own prefix, so none can overwrite another's objects.
 */
const resolveTarget = (ctx: Pick<ServerContext, 'config' | 'workspace'>, renderId: string, target: PublicationTarget): PublicationTarget => {
	if (target.kind !== 's3') return target;
	const configured = ctx.config.publishing.s3.bucket;
	const bucket = target.bucket ?? configured;
	if (!bucket) throw new TRPCError({ code: 'BAD_REQUEST', message: '"target.bucket" is needed: S3_BUCKET is not set on the server' });
	const prefix = storagePrefixOf(ctx.workspace.id);
	if (prefix && bucket !== configured) {
		throw new TRPCError({
			code: 'FORBIDDEN',
			message: `"target.bucket": this workspace may only publish to the server's bucket (${configured ?? 'none is set'})`,
		});
	}
	return { ...target, bucket, key: `${prefix}${target.key ?? `reelforge/${renderId}.mp4`}` };
};

/**
 * Records a publication and queues its upload. The same render to the same target returns the publication that exists
 * (whatever its state) and queues nothing: the unique (renderId, targetKey) index makes that hold under concurrent calls.
 */
export const createPublication = async (
	ctx: Pick<ServerContext, 'db' | 'config' | 'publishQueue' | 'workspace' | 'outbound'>,
	{ renderId, target: requested }: { renderId: string; target: PublicationTarget },
): Promise<PublicationView> => {
	const render = await ctx.db.render.findFirst({ where: { id: renderId, workspaceId: ctx.workspace.id }, select: { id: true, status: true, outputKey: true } });
	if (!render) throw new TRPCError({ code: 'NOT_FOUND', message: `No render '${renderId}'` });
	const target = resolveTarget(ctx, renderId, requested);
	const targetKey = targetKeyOf(target);
	const existing = await ctx.db.publication.findUnique({ where: { renderId_targetKey: { renderId, targetKey } }, select: publicationSelect });
	if (existing) return toPublicationView(existing);

	if (render.status !== 'done' || !render.outputKey) {
		throw new TRPCError({ code: 'PRECONDITION_FAILED', message: `"renderId": render '${renderId}' is ${render.status}; only a done render can be published` });
	}
	if (target.kind === 'youtube' || target.kind === 'tiktok') {
		const account = await ctx.db.platformAccount.findFirst({ where: { id: target.accountId, workspaceId: ctx.workspace.id }, select: { provider: true } });
		if (!account) throw new TRPCError({ code: 'NOT_FOUND', message: `"target.accountId": no connected account '${target.accountId}'` });
		if (account.provider !== target.kind) {
			throw new TRPCError({
				code: 'BAD_REQUEST',
				message: `"target.accountId": account '${target.accountId}' is a ${account.provider} account, not ${target.kind}`,
			});
		}
	}
	if (target.kind === 'webhook') await assertUrlsReachable(ctx.outbound, [{ path: 'target.url', url: target.url }]);
	if (target.kind === 'youtube' && target.publishAt && Date.parse(target.publishAt) <= Date.now()) {
		throw new TRPCError({ code: 'BAD_REQUEST', message: `"target.publishAt" must be in the future, but is ${target.publishAt}` });
	}
	const id = randomUUID();
	try {
		await ctx.db.publication.create({
			data: {
				id,
				workspaceId: ctx.workspace.id,
				renderId,
				kind: target.kind,
				targetKey,
				target,
				accountId: target.kind === 'youtube' || target.kind === 'tiktok' ? target.accountId : null,
			},
		});
	} catch (error) {
		// Another call made it first: that one is the publication.
		if (!isUniqueViolation(error)) throw error;
		return toPublicationView(await ctx.db.publication.findUniqueOrThrow({ where: { renderId_targetKey: { renderId, targetKey } }, select: publicationSelect }));
	}
	await enqueuePublication(ctx.publishQueue, id, ctx.config.publishing);
	return toPublicationView(await ctx.db.publication.findUniqueOrThrow({ where: { id }, select: publicationSelect }));
};
