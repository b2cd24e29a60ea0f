/** The first line of an error (what a person acts on), capped; the rest (a tool's raw output) folded under "Details". */
export const ReadableError = ({ text }: { text: string | null }) => {
	if (!text) return null;
	const [first = '', ...rest] = text.split('\n');
	const headline = first.length > 140 ? `${first.slice(0, 137)}…` : first;
	const details = [first.length > 140 ? first : '', ...rest].filter(Boolean).join('\n').trim();
	return (
		<div className="error-cell">
			<span className="error-text">{headline}</span>
			{details ? (
				<details>
					<summary>Details</summary>
					<pre className="error-details">{details}</pre>
				</details>
			) : null}
		</div>
	);
};
