import { type TranscriptWord, transcriptWordSchema } from './transcript-word.js';

export type StoredTranscript = {
	id: string;
	mode: string;
	provider: string;
	model: string;
	language: string | null;
	words: TranscriptWord[];
	durationMs: number;
	note: string | null;
	edited: boolean;
	cacheHit: boolean;
};

type TranscriptRow = Omit<StoredTranscript, 'words' | 'cacheHit'> & { words: unknown };

/** A Transcript row as the pipeline uses it; words are parsed, so a hand-edited row cannot smuggle bad ones in. */
export const storedTranscriptOf = (row: TranscriptRow, cacheHit: boolean): StoredTranscript => ({
	id: row.id,
	mode: row.mode,
	provider: row.provider,
	model: row.model,
	language: row.language,
	words: transcriptWordSchema.array().parse(row.words),
	durationMs: row.durationMs,
	note: row.note,
	edited: row.edited,
	cacheHit,
});
