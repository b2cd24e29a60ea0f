import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { transcriptWordSchema } from '../../core/transcription/transcript-word.js';

/** The fields a transcript exposes. */
export const transcriptSelect = {
	id: true,
	mode: true,
	provider: true,
	model: true,
	requestedLanguage: true,
	language: true,
	words: true,
	durationMs: true,
	note: true,
	edited: true,
	useCount: true,
	createdAt: true,
	updatedAt: true,
} satisfies Prisma.TranscriptSelect;

type SelectedTranscript = Prisma.TranscriptGetPayload<{ select: typeof transcriptSelect }>;

/** A transcript as its workspace sees it, words parsed. */
export const toTranscriptView = (row: SelectedTranscript) => ({
	...row,
	words: transcriptWordSchema.array().parse(row.words),
	createdAt: row.createdAt.toISOString(),
	updatedAt: row.updatedAt.toISOString(),
});
