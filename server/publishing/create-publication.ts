import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { accountIdOf } from '../../core/publishing/account-id-of.js';
import { enqueuePublication } from '../../core/publishing/enqueue-publication.js';
import type { PublicationTarget } from '../../core/publishing/publish-contract.js';
import type { TargetContext } from '../../core/publishing/publish-target.js';
import { publishTargetOf } from '../../core/publishing/publish-target-of.js';
import { TargetRefusedError } from '../../core/publishing/target-refused-error.js';
import { assertUrlsReachable } from '../access/assert-urls-reachable.js';
import type { ServerContext } from '../context.js';
import { type PublicationView, publicationSelect, toPublicationView } from './publication-view.js';
import { targetKeyOf } from './target-key-of.js';

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

/** A target's own create-time refusal, as the API answers it. */
const asApiError = <T>(step: () => T): T => {
	try {
		return step();
	} catch (error) {
		if (error instanceof TargetRefusedError) throw new TRPCError({ code: error.code, message: error.message });
		throw error;
	}
};

/**
 * Records a publication and queues its upload. The same render to the same target returns the publication that exists
 * (whatever its state) and queues nothing: the unique (renderId, targetKey) index makes that hold under concurrent calls.
 * What differs by kind (settling the target, its account, URLs to check, refusals) is asked of its PublishTarget.
 */
export const createPublication = async (
	ctx: Pick<ServerContext, 'db' | 'config' | 'publishQueue' | 'workspace' | 'outbound'>,
	{ renderId, target: requested }: { renderId: string; target: PublicationTarget },
): Promise<PublicationView> => {
	const render = await ctx.db.render.findFirst({ where: { id: renderId, workspaceId: ctx.workspace.id }, select: { id: true, status: true, outputKey: true } });
	if (!render) throw new TRPCError({ code: 'NOT_FOUND', message: `No render '${renderId}'` });
	const definition = publishTargetOf(requested.kind);
	const context: TargetContext = { publishing: ctx.config.publishing, workspaceId: ctx.workspace.id, renderId, now: new Date() };
	const target = asApiError(() => definition.prepare?.(requested, context) ?? requested);
	const targetKey = targetKeyOf(target);
	const existing = await ctx.db.publication.findUnique({ where: { renderId_targetKey: { renderId, targetKey } }, select: publicationSelect });
	if (existing) return toPublicationView(existing);

	if (render.status !== 'done' || !render.outputKey) {
		throw new TRPCError({ code: 'PRECONDITION_FAILED', message: `"renderId": render '${renderId}' is ${render.status}; only a done render can be published` });
	}
	const accountId = accountIdOf(target);
	if (accountId !== null) {
		const account = await ctx.db.platformAccount.findFirst({ where: { id: accountId, workspaceId: ctx.workspace.id }, select: { provider: true } });
		if (!account) throw new TRPCError({ code: 'NOT_FOUND', message: `"target.accountId": no connected account '${accountId}'` });
		if (account.provider !== target.kind) {
			throw new TRPCError({
				code: 'BAD_REQUEST',
				message: `"target.accountId": account '${accountId}' is a ${account.provider} account, not ${target.kind}`,
			});
		}
	}
	const urls = definition.outboundUrlsOf?.(target) ?? [];
	if (urls.length > 0) await assertUrlsReachable(ctx.outbound, urls);
	asApiError(() => definition.check?.(target, context));
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
				accountId,
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
