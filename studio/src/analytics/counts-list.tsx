/** Counts by a key (status, reason, backend…), largest first; "none" when there are none. */
export const CountsList = ({ label, counts }: { label: string; counts: Record<string, number> }) => {
	const entries = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
	return (
		<div className="counts">
			<h4>{label}</h4>
			{entries.length === 0 ? (
				<p className="muted">none</p>
			) : (
				<dl className="data-list" aria-label={label}>
					{entries.map(([key, count]) => (
						<div key={key}>
							<dt>{key}</dt>
							<dd>{count.toLocaleString()}</dd>
						</div>
					))}
				</dl>
			)}
		</div>
	);
};
