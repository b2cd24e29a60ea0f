import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { createWorkspace, WorkspaceExistsError } from '../../core/workspaces/create-workspace.js';
import { workspaceIdSchema } from '../../core/workspaces/workspace-id-schema.js';
import { workspaceLimitsSchema } from '../../core/workspaces/workspace-limits-schema.js';
import { listResponse } from '../responses/list-response.js';
import { currentWorkspaceResponseSchema, workspaceResponseSchema } from '../responses/workspace-response.js';
import { operatorProcedure, renderProcedure, router } from '../trpc.js';
import { workspaceUsageOf } from '../workspaces/workspace-usage-of.js';

const workspaceSelect = { id: true, name: true, maxRendersInFlight: true, maxRenderMinutesPerDay: true, maxStorageMegabytes: true, createdAt: true } as const;

type WorkspaceRow = {
	id: string;
	name: string;
	maxRendersInFlight: number | null;
	maxRenderMinutesPerDay: number | null;
	maxStorageMegabytes: number | null;
	createdAt: Date;
};
const toView = ({ createdAt, maxRendersInFlight, maxRenderMinutesPerDay, maxStorageMegabytes, ...rest }: WorkspaceRow) => ({
	...rest,
	limits: { maxRendersInFlight, maxRenderMinutesPerDay, maxStorageMegabytes },
	createdAt: createdAt.toISOString(),
});

export const workspacesRouter = router({
	/** The workspace this request acts in, its limits and what it uses now. */
	current: renderProcedure
		.meta({ summary: 'The workspace this request acts in, its limits and what it uses now' })
		.output(currentWorkspaceResponseSchema)
		.query(async ({ ctx }) => {
			const row = await ctx.db.workspace.findUnique({ where: { id: ctx.workspace.id }, select: workspaceSelect });
			if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `No workspace '${ctx.workspace.id}'` });
			return { ...toView(row), usage: await workspaceUsageOf(ctx.db, row.id) };
		}),

	list: operatorProcedure
		.meta({ summary: 'Every workspace (operator keys only)' })
		.output(listResponse(workspaceResponseSchema))
		.query(async ({ ctx }) => ({
			items: (await ctx.db.workspace.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: workspaceSelect })).map(toView),
			nextCursor: null,
		})),

	create: operatorProcedure
		.meta({ summary: 'Make a workspace with its limits (operator keys only)' })
		.output(workspaceResponseSchema)
		.input(z.object({ id: workspaceIdSchema, name: z.string().trim().min(1).max(100), limits: workspaceLimitsSchema.prefault({}) }))
		.mutation(async ({ ctx, input }) => {
			try {
				return toView(await createWorkspace(ctx.db, { id: input.id, name: input.name, ...input.limits }));
			} catch (error) {
				if (error instanceof WorkspaceExistsError) throw new TRPCError({ code: 'CONFLICT', message: error.message });
				throw error;
			}
		}),

	/** Changes a workspace's limits (null lifts one). */
	setLimits: operatorProcedure
		.meta({ summary: 'Change a workspace’s limits; null lifts one (operator keys only)' })
		.input(z.object({ id: workspaceIdSchema, limits: workspaceLimitsSchema.partial() }))
		.output(workspaceResponseSchema)
		.mutation(async ({ ctx, input }) => {
			const { count } = await ctx.db.workspace.updateMany({ where: { id: input.id }, data: input.limits });
			if (count === 0) throw new TRPCError({ code: 'NOT_FOUND', message: `No workspace '${input.id}'` });
			return toView(await ctx.db.workspace.findUniqueOrThrow({ where: { id: input.id }, select: workspaceSelect }));
		}),
});
