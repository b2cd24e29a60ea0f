/** One row per CSV column: which prop it fills (free text, with the template's paths suggested). */
export const ColumnMapping = ({
	mapping,
	propPaths,
	onChange,
}: {
	mapping: Record<string, string>;
	propPaths: readonly string[];
	onChange: (column: string, path: string) => void;
}) => (
	<fieldset className="group">
		<legend>Map columns to props</legend>
		<datalist id="prop-paths">
			{propPaths.map((path) => (
				<option key={path} value={path} />
			))}
		</datalist>
		<table className="table mapping">
			<thead>
				<tr>
					<th scope="col">Column</th>
					<th scope="col">Prop path (empty: ignored)</th>
				</tr>
			</thead>
			<tbody>
				{Object.entries(mapping).map(([column, path], index) => (
					<tr key={column}>
						<td>
							<label htmlFor={`mapping-${index}`}>{column}</label>
						</td>
						<td>
							<input id={`mapping-${index}`} type="text" list="prop-paths" value={path} onChange={(event) => onChange(column, event.target.value)} />
						</td>
					</tr>
				))}
			</tbody>
		</table>
	</fieldset>
);
