import type { RowIssue } from '../../core/batches/expand-batch-rows.js';

/** One line a person can act on: `row 2, column "clip": clips.0.src: must be …` (or `row 3: column "hook" is empty; …`). */
export const describeRowIssue = (issue: RowIssue): string => {
	const where = `row ${issue.row}${issue.variant ? ` (variant ${issue.variant})` : ''}`;
	// Messages that already name their column (a blank cell) need no second mention of it.
	if (issue.message.startsWith('column "')) return `${where}: ${issue.message}`;
	return `${where}${issue.column ? `, column "${issue.column}"` : ''}: ${issue.path}: ${issue.message}`;
};
