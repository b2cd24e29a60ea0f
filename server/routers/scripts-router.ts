import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { generateScript, scriptRequestSchema } from '../../core/scripts/generate-script.js';
import { narrationOf } from '../../core/scripts/narration-of.js';
import { scriptSchema } from '../../core/scripts/script-schema.js';
import { listResponse } from '../responses/list-response.js';
import { scriptResponseSchema } from '../responses/script-response.js';
import { renderProcedure, router } from '../trpc.js';

const GENERATE_TIMEOUT_MS = 60_000;

const scriptSelect = { id: true, title: true, language: true, content: true, narration: true, createdAt: true } as const;

const toView = (row: { id: string; title: string | null; language: string; content: unknown; narration: string; createdAt: Date }) => ({
	...row,
	content: scriptSchema.parse(row.content),
	createdAt: row.createdAt.toISOString(),
});

export const scriptsRouter = router({
	create: renderProcedure
		.meta({ summary: 'Store a script (hook, beats, call to action); its narration text is derived from it' })
		.input(scriptSchema)
		.output(scriptResponseSchema)
		.mutation(async ({ ctx, input }) => {
			const row = await ctx.db.script.create({
				data: {
					id: randomUUID(),
					workspaceId: ctx.workspace.id,
					title: input.title ?? null,
					language: input.language,
					content: input,
					narration: narrationOf(input).text,
				},
				select: scriptSelect,
			});
			return toView(row);
		}),

	/** Asks the configured LLM for a script, validates it, and stores it. */
	generate: renderProcedure
		.meta({ summary: 'Ask the configured LLM for a script, validate it and store it' })
		.input(scriptRequestSchema)
		.output(scriptResponseSchema)
		.mutation(async ({ ctx, input }) => {
			const llm = ctx.config.llm;
			if (!llm)
				throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'Script generation is not configured: set LLM_API_KEY (and LLM_BASE_URL, LLM_MODEL)' });
			const timedFetch: typeof fetch = (url, init) => ctx.outbound.fetch(url as string | URL, { ...init, signal: AbortSignal.timeout(GENERATE_TIMEOUT_MS) });
			const script = await generateScript(input, { ...llm, fetch: timedFetch }).catch((error: unknown) => {
				throw new TRPCError({ code: 'BAD_GATEWAY', message: `Script generation failed: ${error instanceof Error ? error.message : String(error)}` });
			});
			const row = await ctx.db.script.create({
				data: {
					id: randomUUID(),
					workspaceId: ctx.workspace.id,
					title: script.title ?? null,
					language: script.language,
					content: script,
					narration: narrationOf(script).text,
				},
				select: scriptSelect,
			});
			return toView(row);
		}),

	get: renderProcedure
		.meta({ summary: 'One script' })
		.input(z.object({ id: z.string().max(100) }))
		.output(scriptResponseSchema)
		.query(async ({ ctx, input }) => {
			const row = await ctx.db.script.findFirst({ where: { id: input.id, workspaceId: ctx.workspace.id }, select: scriptSelect });
			if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `No script '${input.id}'` });
			return toView(row);
		}),

	list: renderProcedure
		.meta({ summary: 'Scripts of the workspace, newest first' })
		.output(listResponse(scriptResponseSchema))
		.input(z.object({ limit: z.number().int().min(1).max(100).default(20), cursor: z.string().max(100).optional() }))
		.query(async ({ ctx, input }) => {
			const rows = await ctx.db.script.findMany({
				where: { workspaceId: ctx.workspace.id },
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: input.limit + 1,
				...(input.cursor ? { cursor: { id: input.cursor } } : {}),
				select: scriptSelect,
			});
			return { items: rows.slice(0, input.limit).map(toView), nextCursor: rows[input.limit]?.id ?? null };
		}),
});
