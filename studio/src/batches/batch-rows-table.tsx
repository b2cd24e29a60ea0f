import type { RowIssue } from '../../../core/batches/expand-batch-rows.js';

/** The CSV's rows with each row's validation issues beside it, and a button to preview any row. */
export const BatchRowsTable = ({
	columns,
	rows,
	issues,
	previewRow,
	onPreview,
}: {
	columns: readonly string[];
	rows: readonly Record<string, string>[];
	issues: readonly RowIssue[] | null;
	previewRow: number | null;
	onPreview: (row: number) => void;
}) => (
	<table className="table batch-rows">
		<thead>
			<tr>
				<th scope="col">Row</th>
				{columns.map((column) => (
					<th key={column} scope="col">
						{column}
					</th>
				))}
				<th scope="col">Check</th>
				<th scope="col">Preview</th>
			</tr>
		</thead>
		<tbody>
			{rows.map((row, index) => {
				const number = index + 1;
				const rowIssues = issues?.filter((issue) => issue.row === number) ?? [];
				return (
					<tr key={number} data-row={number} className={rowIssues.length > 0 ? 'invalid' : undefined} aria-current={previewRow === number ? 'true' : undefined}>
						<th scope="row">{number}</th>
						{columns.map((column) => (
							<td key={column}>{row[column]}</td>
						))}
						<td className="row-check">
							{issues === null ? (
								<span className="muted">…</span>
							) : rowIssues.length === 0 ? (
								<span className="ok">OK</span>
							) : (
								<ul className="row-issues">
									{rowIssues.map((issue) => (
										<li key={`${issue.path}-${issue.variant}-${issue.message}`} className="error-text">
											{issue.column ? `${issue.column} → ` : ''}
											{issue.path}: {issue.message}
										</li>
									))}
								</ul>
							)}
						</td>
						<td>
							<button type="button" onClick={() => onPreview(number)} aria-label={`Preview row ${number}`}>
								Preview
							</button>
						</td>
					</tr>
				);
			})}
		</tbody>
	</table>
);
