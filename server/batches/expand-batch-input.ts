import { TRPCError } from '@trpc/server';
import { findTemplate } from '../../compositions/templates.js';
import { expandBatchRows } from '../../core/batches/expand-batch-rows.js';
import { CsvError, parseCsv } from '../../core/batches/parse-csv.js';
import { PropsRejectedError } from '../props-rejected-error.js';
import { type BatchRowsInput, MAX_BATCH_ROWS } from './create-batch.schema.js';

/** Rows from JSON or CSV, mapped and expanded into validated props; every problem reported with its row and column. */
export const expandBatchInput = (input: BatchRowsInput) => {
	if (!findTemplate(input.template)) throw new TRPCError({ code: 'NOT_FOUND', message: `No template "${input.template}"` });
	let rows: Record<string, unknown>[];
	let mapping = input.mapping;
	try {
		if (input.csv !== undefined) {
			const parsed = parseCsv(input.csv, { maxRows: MAX_BATCH_ROWS });
			rows = parsed.rows;
			// Unmapped columns are taken as prop paths only when they look like one of the template's fields.
			mapping =
				Object.keys(input.mapping).length > 0
					? input.mapping
					: Object.fromEntries(parsed.columns.filter((c) => c !== input.narrationColumn).map((c) => [c, c]));
		} else {
			rows = input.rows ?? [];
			if (Object.keys(mapping).length === 0)
				mapping = Object.fromEntries([...new Set(rows.flatMap((row) => Object.keys(row)))].filter((k) => k !== input.narrationColumn).map((k) => [k, k]));
		}
	} catch (error) {
		if (error instanceof CsvError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
		throw error;
	}
	if (rows.length === 0) throw new TRPCError({ code: 'BAD_REQUEST', message: 'The batch has no rows' });
	try {
		return expandBatchRows({
			template: input.template,
			baseProps: input.baseProps,
			rows,
			mapping,
			textValues: input.csv !== undefined,
			variants: input.variants ?? null,
			narrationColumn: input.narrationColumn ?? null,
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new TRPCError({ code: 'BAD_REQUEST', message, cause: new PropsRejectedError(message, [{ path: 'mapping', message }]) });
	}
};
