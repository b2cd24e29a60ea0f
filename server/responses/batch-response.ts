import { z } from 'zod';
import { renderStatuses } from '../../core/contracts/render-status.js';
import { responseObject } from './response-object.js';

/** One problem with one row of a batch: the row (1-based), its variant, the CSV column or JSON key, the prop. */
export const batchRowIssueSchema = responseObject({
	row: z.number(),
	variant: z.string().nullable(),
	column: z.string().nullable(),
	path: z.string(),
	message: z.string(),
});

/** A batch with its renders counted by status (server/batches/batch-view.ts). */
export const batchResponseSchema = responseObject({
	id: z.string(),
	template: z.string(),
	name: z.string().nullable(),
	rowCount: z.number().describe('Rows asked for (each variant of a row is a render of its own)'),
	metadata: z.unknown().describe('What the request attached'),
	createdAt: z.string().describe('ISO 8601'),
	renderCount: z.number(),
	counts: responseObject(Object.fromEntries(renderStatuses.map((status) => [status, z.number()])) as Record<(typeof renderStatuses)[number], z.ZodNumber>),
	status: z.enum(['queued', 'rendering', 'done', 'failed', 'partial', 'cancelled']).describe('partial: some renders done, some failed or cancelled'),
	progress: z.number().describe('Mean progress of its renders, 0..1'),
	outputsZipUrl: z.string().nullable().describe('GET it for a zip of the finished videos (manifest.csv inside)'),
	resultsCsvUrl: z.string().describe('GET it for one CSV line per row: row, variant, status, render id, output URL, error, durations'),
	brandKitId: z.string().nullable().describe("The brand kit applied to every row's render"),
	skippedRows: z.array(batchRowIssueSchema).describe("Rows left out with onInvalidRows 'skip', one entry per problem"),
}).meta({ id: 'Batch' });

export const batchValidationResponseSchema = responseObject({
	validRows: z.number().describe('Renders the batch would make'),
	issues: z.array(batchRowIssueSchema),
});

/** One row (and variant) of a batch as batches.results and /batches/<id>/results.csv give it. */
export const batchResultResponseSchema = responseObject({
	row: z.number().describe('1-based data row of the sheet'),
	variant: z.string().nullable(),
	status: z.string().describe("A render status, or 'skipped' for a row left out with onInvalidRows 'skip'"),
	renderId: z.string().nullable(),
	outputUrl: z.string().nullable().describe('A link to the video that works without a key until it expires'),
	error: z.string().nullable(),
	durationSeconds: z.number().nullable().describe('Length of the video'),
	renderSeconds: z.number().nullable().describe('Time from claim to finish'),
}).meta({ id: 'BatchResult' });
