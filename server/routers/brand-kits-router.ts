import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { brandKitInputSchema } from '../../core/brand-kits/brand-kit-schema.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { mediaSourcesWithPaths } from '../../core/media/media-sources-with-paths.js';
import { assertUrlsReachable } from '../access/assert-urls-reachable.js';
import { brandKitSelect, brandKitView } from '../brand-kits/brand-kit-view.js';
import type { ServerContext } from '../context.js';
import { assertStorageReferences } from '../renders/assert-storage-references.js';
import { brandKitResponseSchema } from '../responses/brand-kit-response.js';
import { listResponse } from '../responses/list-response.js';
import { renderProcedure, router } from '../trpc.js';

/** The logo, font file and intro/outro clips are fetched at render time: this workspace's files, or URLs the policy allows. */
const assertBrandMediaAllowed = async (ctx: ServerContext, brand: unknown) => {
	await assertStorageReferences(ctx.storage, brand, 'brand');
	await assertUrlsReachable(
		ctx.outbound,
		mediaSourcesWithPaths(brand).map(({ path, src }) => ({ path: `brand.${path}`, url: src })),
	);
};

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';
const nameTaken = (name: string) => new TRPCError({ code: 'CONFLICT', message: `"name": this workspace already has a brand kit named '${name}'` });

export const brandKitsRouter = router({
	create: renderProcedure
		.meta({ summary: 'Store a brand kit (fonts, colours, logo, caption style, intro and outro, watermark); renders name it with brandKitId' })
		.input(brandKitInputSchema)
		.output(brandKitResponseSchema)
		.mutation(async ({ ctx, input }) => {
			await assertBrandMediaAllowed(ctx, input.brand);
			const row = await ctx.db.brandKit
				.create({
					data: {
						id: randomUUID(),
						workspaceId: ctx.workspace.id,
						name: input.name,
						brand: input.brand as Prisma.InputJsonValue,
						captionStyle: input.captionStyle as Prisma.InputJsonValue,
					},
					select: brandKitSelect,
				})
				.catch((error: unknown) => {
					throw isUniqueViolation(error) ? nameTaken(input.name) : error;
				});
			return brandKitView(row);
		}),

	update: renderProcedure
		.meta({ summary: 'Replace a brand kit; renders already queued keep the kit they were made with' })
		.input(brandKitInputSchema.extend({ id: z.string().max(100) }))
		.output(brandKitResponseSchema)
		.mutation(async ({ ctx, input }) => {
			await assertBrandMediaAllowed(ctx, input.brand);
			const updated = await ctx.db.brandKit
				.updateMany({
					where: { id: input.id, workspaceId: ctx.workspace.id },
					data: { name: input.name, brand: input.brand as Prisma.InputJsonValue, captionStyle: input.captionStyle as Prisma.InputJsonValue },
				})
				.catch((error: unknown) => {
					throw isUniqueViolation(error) ? nameTaken(input.name) : error;
				});
			if (updated.count === 0) throw new TRPCError({ code: 'NOT_FOUND', message: `No brand kit '${input.id}'` });
			return brandKitView(await ctx.db.brandKit.findFirstOrThrow({ where: { id: input.id, workspaceId: ctx.workspace.id }, select: brandKitSelect }));
		}),

	get: renderProcedure
		.meta({ summary: 'One brand kit' })
		.input(z.object({ id: z.string().max(100) }))
		.output(brandKitResponseSchema)
		.query(async ({ ctx, input }) => {
			const row = await ctx.db.brandKit.findFirst({ where: { id: input.id, workspaceId: ctx.workspace.id }, select: brandKitSelect });
			if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `No brand kit '${input.id}'` });
			return brandKitView(row);
		}),

	list: renderProcedure
		.meta({ summary: 'Brand kits of the workspace, newest first' })
		.input(z.object({ limit: z.number().int().min(1).max(100).default(20), cursor: z.string().max(100).optional() }))
		.output(listResponse(brandKitResponseSchema))
		.query(async ({ ctx, input }) => {
			const rows = await ctx.db.brandKit.findMany({
				where: { workspaceId: ctx.workspace.id },
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: input.limit + 1,
				...(input.cursor ? { cursor: { id: input.cursor } } : {}),
				select: brandKitSelect,
			});
			return { items: rows.slice(0, input.limit).map(brandKitView), nextCursor: rows[input.limit]?.id ?? null };
		}),

	remove: renderProcedure
		.meta({ summary: 'Delete a brand kit; finished renders keep the brand they were made with (it is in their props)' })
		.input(z.object({ id: z.string().max(100) }))
		.output(z.object({ removed: z.boolean() }))
		.mutation(async ({ ctx, input }) => {
			const removed = await ctx.db.brandKit.deleteMany({ where: { id: input.id, workspaceId: ctx.workspace.id } });
			if (removed.count === 0) throw new TRPCError({ code: 'NOT_FOUND', message: `No brand kit '${input.id}'` });
			return { removed: true };
		}),
});
