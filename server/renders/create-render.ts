import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { linkRenderClips } from '../../core/clips/link-render-clips.js';
import type { RenderBackendId } from '../../core/contracts/render-backends.js';
import type { NarrationJob, RenderJobData } from '../../core/contracts/render-job.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { mediaSourcesWithPaths } from '../../core/media/media-sources-with-paths.js';
import { resolveNarration, ScriptNotFoundError } from '../../core/scripts/resolve-narration.js';
import { validateTemplateProps } from '../../core/templates/validate-template-props.js';
import type { CaptionsRequest } from '../../core/transcription/captions-request-schema.js';
import { assertUrlsReachable } from '../access/assert-urls-reachable.js';
import { brandedProps } from '../brand-kits/branded-props.js';
import type { ServerContext } from '../context.js';
import { PropsRejectedError } from '../props-rejected-error.js';
import { withStockBroll } from '../stock/with-stock-broll.js';
import { assertWithinLimits } from '../workspaces/assert-within-limits.js';
import { assertDeliverable, backendForDelivery } from './assert-deliverable.js';
import { assertQueueAvailable } from './assert-queue-available.js';
import { assertStorageReferences } from './assert-storage-references.js';
import { chooseRenderBackend } from './choose-render-backend.js';
import type { CreateRenderInput } from './create-render.schema.js';
import { enqueueRender } from './enqueue-render.js';
import { renderSelect } from './render-view.js';

const rethrowAsNotFound = (error: unknown): never => {
	if (error instanceof ScriptNotFoundError) throw new TRPCError({ code: 'NOT_FOUND', message: error.message });
	throw error;
};

/** Template props checked against the template's schema, or the tRPC error that names the field. */
export const validatedPropsOrThrow = (template: string, props: unknown): Record<string, unknown> => {
	const validation = validateTemplateProps(template, props);
	if (validation.ok) return validation.props;
	throw new TRPCError({
		code: validation.reason === 'unknown-template' ? 'NOT_FOUND' : 'BAD_REQUEST',
		message: validation.message,
		cause: new PropsRejectedError(validation.message, validation.issues),
	});
};

export type NewRender = {
	template: string;
	props: Record<string, unknown>;
	output: RenderJobData['output'];
	narration: NarrationJob | null;
	/** Where the captions come from when not from the voiceover; null: the voiceover or the props. */
	captions?: CaptionsRequest | null;
	priority: number;
	backend: RenderBackendId;
	extra?: Omit<Prisma.RenderUncheckedCreateInput, 'id' | 'template' | 'props' | 'workspaceId'>;
};

/**
 * Everything a new render's props and webhook must pass before anything is stored: storage references inside the
 * workspace, URLs the outbound policy allows. `at` names where the props sit in the request (`props`, `rows.3`).
 */
export const assertRenderInputsAllowed = async (
	ctx: ServerContext,
	props: Record<string, unknown>,
	webhookUrl: string | null,
	at = 'props',
	captions: CaptionsRequest | null = null,
) => {
	await assertStorageReferences(ctx.storage, props, at);
	// The clip captions are transcribed from is fetched like any other media: inside the workspace, allowed by the policy.
	if (captions?.media) await assertStorageReferences(ctx.storage, { media: { src: captions.media } }, 'captions');
	await assertUrlsReachable(ctx.outbound, [
		...mediaSourcesWithPaths(props).map(({ path, src }) => ({ path: `${at}.${path}`, url: src })),
		...(captions?.media ? [{ path: 'captions.media', url: captions.media }] : []),
		...(webhookUrl ? [{ path: 'webhook.url', url: webhookUrl }] : []),
	]);
};

/** Records one already-validated render in the request's workspace and queues it. */
export const recordAndQueueRender = async (ctx: ServerContext, render: NewRender) => {
	const id = randomUUID();
	const row = await ctx.db.render.create({
		data: {
			id,
			workspaceId: ctx.workspace.id,
			apiKeyId: ctx.apiKey?.id ?? null,
			template: render.template,
			props: render.props as object,
			scriptId: render.narration?.scriptId ?? null,
			priority: render.priority,
			backend: render.backend,
			output: render.output,
			narration: (render.narration ?? undefined) as Prisma.InputJsonValue | undefined,
			captionsRequest: (render.captions ?? undefined) as Prisma.InputJsonValue | undefined,
			...render.extra,
		},
		select: renderSelect,
	});
	await linkRenderClips(ctx.db, ctx.workspace.id, id, render.props);
	await enqueueRender(
		ctx,
		{
			renderId: id,
			template: render.template,
			props: render.props,
			output: render.output,
			narration: render.narration,
			captions: render.captions ?? null,
			backend: render.backend,
		},
		render.priority,
	);
	return row;
};

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

const byIdempotencyKey = (ctx: ServerContext, idempotencyKey: string) => ({ workspaceId_idempotencyKey: { workspaceId: ctx.workspace.id, idempotencyKey } });

/**
 * Validates the props, records the render and queues it. Bad props are rejected before anything is stored.
 * With an idempotency key, a repeated request returns the render the first one made (keys are per workspace).
 */
export const createRender = async (ctx: ServerContext, input: CreateRenderInput) => {
	if (input.idempotencyKey) {
		const existing = await ctx.db.render.findUnique({ where: byIdempotencyKey(ctx, input.idempotencyKey), select: { ...renderSelect } });
		if (existing) {
			if (existing.template !== input.template) {
				throw new TRPCError({ code: 'CONFLICT', message: `Idempotency key already used for a ${existing.template} render (${existing.id})` });
			}
			return existing;
		}
	}
	const branded = input.brandKitId ? await brandedProps(ctx.db, ctx.workspace.id, input.template, input.props, input.brandKitId) : input.props;
	const narrationText = input.narration && 'text' in input.narration ? input.narration.text : null;
	const given = input.stockBroll ? await withStockBroll(ctx, branded, input.stockBroll, narrationText) : branded;
	const props = validatedPropsOrThrow(input.template, given);
	await assertRenderInputsAllowed(ctx, props, input.webhook?.url ?? null, 'props', input.captions ?? null);
	assertQueueAvailable(ctx);
	await assertWithinLimits(ctx.db, ctx.workspace.id, { renders: 1 });
	const backend = await chooseRenderBackend(ctx, backendForDelivery(input.backend, input.output), { props, chunks: input.output.chunks });
	assertDeliverable(ctx, input.output, { backend, props });
	const narration = input.narration ? await resolveNarration(ctx.db, ctx.workspace.id, input.narration, input.voice).catch(rethrowAsNotFound) : null;
	try {
		return await recordAndQueueRender(ctx, {
			template: input.template,
			props,
			output: input.output,
			narration,
			captions: input.captions ?? null,
			priority: input.priority,
			backend,
			extra: {
				idempotencyKey: input.idempotencyKey ?? null,
				webhookUrl: input.webhook?.url ?? null,
				metadata: input.metadata as Prisma.InputJsonValue | undefined,
				voice: input.voice as Prisma.InputJsonValue,
			},
		});
	} catch (error) {
		// Two requests with the same key at once: the loser returns the winner's render.
		if (input.idempotencyKey && isUniqueViolation(error)) {
			return ctx.db.render.findUniqueOrThrow({ where: byIdempotencyKey(ctx, input.idempotencyKey), select: renderSelect });
		}
		throw error;
	}
};
