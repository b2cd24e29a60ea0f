const cellText = (value: unknown): string => {
	if (value === null || value === undefined) return '—';
	if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
};

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Shows an API answer whose exact shape this checkout does not know yet: a list of objects as a table,
 * an object as label/value pairs (nested lists as their own tables), anything else as text.
 */
export const AnswerView = ({ value, label }: { value: unknown; label: string }) => {
	if (Array.isArray(value)) {
		if (value.length === 0) return <p className="muted">Nothing yet.</p>;
		const columns = [...new Set(value.filter(isRecord).flatMap((row) => Object.keys(row)))].slice(0, 10);
		if (columns.length === 0) return <p>{value.map(cellText).join(', ')}</p>;
		return (
			<table className="table" aria-label={label}>
				<thead>
					<tr>
						{columns.map((column) => (
							<th key={column} scope="col">
								{column}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{value.map((row, index) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: rows of an answer have no stable id in general
						<tr key={index}>
							{columns.map((column) => (
								<td key={column}>{cellText(isRecord(row) ? row[column] : undefined)}</td>
							))}
						</tr>
					))}
				</tbody>
			</table>
		);
	}
	if (isRecord(value)) {
		return (
			<dl className="data-list" aria-label={label}>
				{Object.entries(value).map(([key, item]) => (
					<div key={key}>
						<dt>{key}</dt>
						<dd>{Array.isArray(item) ? <AnswerView value={item} label={key} /> : cellText(item)}</dd>
					</div>
				))}
			</dl>
		);
	}
	return <p>{cellText(value)}</p>;
};
