import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { clipImportItemSchema } from '../../core/clips/clip-import-schema.js';
import { ClipImportError, importClip } from '../../core/clips/import-clip.js';
import { BlockedUrlError } from '../../core/net/blocked-url-error.js';
import { clipDetailResponseSchema, clipImportResultSchema, clipResponseSchema } from '../responses/clip-response.js';
import { listResponse } from '../responses/list-response.js';
import { renderProcedure, router } from '../trpc.js';

const clipSelect = {
	id: true,
	storageKey: true,
	sourceUrl: true,
	platform: true,
	author: true,
	sourceLink: true,
	license: true,
	title: true,
	stats: true,
	durationSeconds: true,
	width: true,
	height: true,
	fps: true,
	hasAudio: true,
	sizeBytes: true,
	createdAt: true,
} as const;

type ClipRow = { storageKey: string; createdAt: Date } & Record<string, unknown>;
const toView = <T extends ClipRow>({ storageKey, createdAt, ...clip }: T) => ({ ...clip, src: `storage:${storageKey}`, createdAt: createdAt.toISOString() });

export const clipsRouter = router({
	/**
	 * Imports the discovery service's clips: each is downloaded (size, duration and time limits; private networks
	 * refused), probed, and stored once per content hash. One bad item does not stop the others.
	 */
	import: renderProcedure
		.meta({ summary: 'Import clips from the discovery service: downloaded, probed and stored once per content hash; one result per item' })
		.input(z.object({ items: z.array(clipImportItemSchema).min(1).max(50) }))
		.output(z.array(clipImportResultSchema))
		.mutation(async ({ ctx, input }) => {
			const limits = {
				maxBytes: ctx.config.clipMaxBytes,
				maxDurationSeconds: ctx.config.clipMaxDurationSeconds,
				timeoutMs: ctx.config.clipFetchTimeoutMs,
			};
			const results = [];
			for (const [index, item] of input.items.entries()) {
				try {
					const { clip, duplicate } = await importClip(item, limits, { db: ctx.db, storage: ctx.storage, outbound: ctx.outbound });
					results.push({ index, ok: true as const, duplicate, clip: toView({ ...clip }) });
				} catch (error) {
					if (!(error instanceof ClipImportError || error instanceof BlockedUrlError || (error as Error).name === 'TimeoutError' || error instanceof TypeError))
						throw error;
					results.push({ index, ok: false as const, error: error instanceof TypeError ? `could not download: ${error.message}` : (error as Error).message });
				}
			}
			return results;
		}),

	get: renderProcedure
		.meta({ summary: 'One imported clip and how many renders used it' })
		.input(z.object({ id: z.string().max(100) }))
		.output(clipDetailResponseSchema)
		.query(async ({ ctx, input }) => {
			const clip = await ctx.db.clip.findFirst({
				where: { id: input.id, workspaceId: ctx.workspace.id },
				select: { ...clipSelect, _count: { select: { renders: true } } },
			});
			if (!clip) throw new TRPCError({ code: 'NOT_FOUND', message: `No clip '${input.id}'` });
			const { _count, ...rest } = clip;
			return { ...toView(rest), renderCount: _count.renders };
		}),

	list: renderProcedure
		.meta({ summary: 'Imported clips, newest first, optionally of one platform' })
		.output(listResponse(clipResponseSchema))
		.input(z.object({ platform: z.string().max(50).optional(), limit: z.number().int().min(1).max(100).default(50), cursor: z.string().max(100).optional() }))
		.query(async ({ ctx, input }) => {
			const rows = await ctx.db.clip.findMany({
				where: { workspaceId: ctx.workspace.id, platform: input.platform },
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: input.limit + 1,
				...(input.cursor ? { cursor: { id: input.cursor } } : {}),
				select: clipSelect,
			});
			return { items: rows.slice(0, input.limit).map((row) => toView(row)), nextCursor: rows[input.limit]?.id ?? null };
		}),
});
