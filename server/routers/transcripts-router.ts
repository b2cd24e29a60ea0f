import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { listResponse } from '../responses/list-response.js';
import { transcriptResponseSchema, transcriptSummaryResponseSchema } from '../responses/transcript-response.js';
import { editTranscriptWords, editTranscriptWordsInputSchema } from '../transcripts/edit-transcript-words.js';
import { toTranscriptView, transcriptSelect } from '../transcripts/transcript-view.js';
import { renderProcedure, router } from '../trpc.js';

const idSchema = z.object({ id: z.string().min(1).max(100) });

export const transcriptsRouter = router({
	/** The words of a transcript (from a render's transcriptId) with their timings. */
	get: renderProcedure
		.meta({ summary: 'The words of a transcript (a render’s transcriptId) with their timings' })
		.input(idSchema)
		.output(transcriptResponseSchema)
		.query(async ({ ctx, input }) => {
			const row = await ctx.db.transcript.findFirst({ where: { id: input.id, workspaceId: ctx.workspace.id }, select: transcriptSelect });
			if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `No transcript '${input.id}'` });
			return toTranscriptView(row);
		}),

	/** The workspace's transcripts, newest first, without their words. */
	list: renderProcedure
		.meta({ summary: 'Transcripts of the workspace, newest first, without their words' })
		.input(z.object({ limit: z.number().int().min(1).max(100).default(20) }).prefault({}))
		.output(listResponse(transcriptSummaryResponseSchema))
		.query(async ({ ctx, input }) => {
			const rows = await ctx.db.transcript.findMany({
				where: { workspaceId: ctx.workspace.id },
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: input.limit,
				select: { ...transcriptSelect, words: false },
			});
			return {
				items: rows.map(({ createdAt, updatedAt, ...rest }) => ({ ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() })),
				nextCursor: null,
			};
		}),

	/** Fixes words (text, emphasis) keeping their timing; renders using the transcript afterwards show the fix. */
	editWords: renderProcedure
		.meta({ summary: 'Fix words (text, emphasis) keeping their timing; later renders using the transcript show the fix' })
		.input(editTranscriptWordsInputSchema)
		.output(transcriptResponseSchema)
		.mutation(({ ctx, input }) => editTranscriptWords(ctx, input)),
});
