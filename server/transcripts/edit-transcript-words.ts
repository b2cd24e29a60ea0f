import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { transcriptWordSchema } from '../../core/transcription/transcript-word.js';
import type { ServerContext } from '../context.js';
import { toTranscriptView, transcriptSelect } from './transcript-view.js';

export const editTranscriptWordsInputSchema = z.object({
	id: z.string().min(1).max(100),
	edits: z
		.array(
			z
				.object({
					index: z.number().int().min(0).describe('Position of the word in the transcript (0-based)'),
					text: z.string().trim().min(1).max(64).optional().describe('The corrected word; its timing stays'),
					emphasis: z.boolean().optional(),
				})
				.refine((edit) => edit.text !== undefined || edit.emphasis !== undefined, { message: 'give text or emphasis' }),
		)
		.min(1)
		.max(5000),
});

/**
 * Fixes words of a stored transcript: a word's text or emphasis changes, its timing never does, so captions and
 * sidecars stay in sync. The transcript is marked edited; every render that uses it from now on shows the fix.
 */
export const editTranscriptWords = async (ctx: ServerContext, input: z.infer<typeof editTranscriptWordsInputSchema>) => {
	const row = await ctx.db.transcript.findFirst({ where: { id: input.id, workspaceId: ctx.workspace.id }, select: transcriptSelect });
	if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `No transcript '${input.id}'` });
	const words = transcriptWordSchema.array().parse(row.words);
	for (const edit of input.edits) {
		const word = words[edit.index];
		if (!word)
			throw new TRPCError({ code: 'BAD_REQUEST', message: `"edits.index" must be below ${words.length} (the transcript's word count), but is ${edit.index}` });
		words[edit.index] = {
			...word,
			...(edit.text !== undefined ? { text: edit.text } : {}),
			...(edit.emphasis !== undefined ? { emphasis: edit.emphasis } : {}),
		};
	}
	const updated = await ctx.db.transcript.update({ where: { id: row.id }, data: { words, edited: true }, select: transcriptSelect });
	return toTranscriptView(updated);
};
