import { z } from 'zod';
import type { RowIssue } from '../../core/batches/expand-batch-rows.js';

const skippedRowsSchema = z.array(
	z.object({ row: z.number(), variant: z.string().nullable(), column: z.string().nullable(), path: z.string(), message: z.string() }),
);

/** The stored skippedRows column read back; a batch created before the column (or with no bad rows) skipped none. */
export const skippedRowsOf = (stored: unknown): RowIssue[] => {
	const parsed = skippedRowsSchema.safeParse(stored ?? []);
	return parsed.success ? parsed.data : [];
};
