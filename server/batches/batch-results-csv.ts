import type { BatchResult } from './batch-results.js';

/** RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled. */
const field = (value: string | number | null): string => {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const header = ['row', 'variant', 'status', 'render_id', 'output_url', 'error', 'duration_s', 'render_s'];

/** The results as CSV text with a header line, CRLF line ends (what spreadsheets expect). */
export const batchResultsCsv = (results: readonly BatchResult[]): string =>
	[
		header.join(','),
		...results.map((r) => [r.row, r.variant, r.status, r.renderId, r.outputUrl, r.error, r.durationSeconds, r.renderSeconds].map(field).join(',')),
	]
		.map((line) => `${line}\r\n`)
		.join('');
