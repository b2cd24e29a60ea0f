import { z } from 'zod';
import { transcriptWordSchema } from '../../core/transcription/transcript-word.js';
import { responseObject } from './response-object.js';

const transcriptFields = {
	id: z.string(),
	mode: z.string(),
	provider: z.string(),
	model: z.string(),
	requestedLanguage: z.string(),
	language: z.string().nullable(),
	durationMs: z.number(),
	note: z.string().nullable(),
	edited: z.boolean().describe('Words were fixed with transcripts.editWords'),
	useCount: z.number().describe('Renders that used it'),
	createdAt: z.string().describe('ISO 8601'),
	updatedAt: z.string().describe('ISO 8601'),
};

/** A transcript without its words, as transcripts.list gives it. */
export const transcriptSummaryResponseSchema = responseObject(transcriptFields).meta({ id: 'TranscriptSummary' });
/** A transcript with its words and their timings. */
export const transcriptResponseSchema = responseObject({ ...transcriptFields, words: z.array(transcriptWordSchema) }).meta({ id: 'Transcript' });
