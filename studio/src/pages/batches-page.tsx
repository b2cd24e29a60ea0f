import { useMemo, useState } from 'react';
import { z } from 'zod';
import { findTemplate, sampleProps, type TemplateId, templates } from '../../../compositions/templates.js';
import { CsvError, parseCsv } from '../../../core/batches/parse-csv.js';
import { errorMessageOf } from '../api/error-message-of.js';
import { useStudio } from '../api/studio-context.js';
import { BatchProgress } from '../batches/batch-progress.js';
import { BatchRowsTable } from '../batches/batch-rows-table.js';
import { ColumnMapping } from '../batches/column-mapping.js';
import { defaultMapping, mappingForApi } from '../batches/default-mapping.js';
import { propPathsOf } from '../batches/prop-paths-of.js';
import { RowPreview } from '../batches/row-preview.js';
import { useBatchValidation } from '../batches/use-batch-validation.js';
import { type JsonSchema, objectFields } from '../editor/fields-from-json-schema.js';

const parsedOrError = (csv: string) => {
	if (csv.trim() === '') return null;
	try {
		return parseCsv(csv);
	} catch (error) {
		if (error instanceof CsvError) return error;
		throw error;
	}
};

/** Upload a CSV, map its columns to props, check and preview rows, then launch and follow the batch. */
export const BatchesPage = () => {
	const { client } = useStudio();
	const [templateId, setTemplateId] = useState<TemplateId>('captioned-clip');
	const [csv, setCsv] = useState('');
	const [mapping, setMapping] = useState<Record<string, string>>({});
	const [previewRow, setPreviewRow] = useState<number | null>(null);
	const [name, setName] = useState('');
	const [scale, setScale] = useState(0.5);
	const [launching, setLaunching] = useState(false);
	const [launchError, setLaunchError] = useState<unknown>(null);
	const [batchId, setBatchId] = useState<string | null>(null);

	const template = findTemplate(templateId);
	const baseProps = sampleProps[templateId];
	const propPaths = useMemo(
		() => (template ? propPathsOf(objectFields(z.toJSONSchema(template.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema)) : []),
		[template],
	);
	const parsed = useMemo(() => parsedOrError(csv), [csv]);
	const table = parsed instanceof CsvError ? null : parsed;
	const apiMapping = mappingForApi(mapping);
	const ready = table !== null && Object.keys(apiMapping).length > 0;
	const validation = useBatchValidation(ready ? { template: templateId, baseProps, csv, mapping: apiMapping } : null);

	const loadCsv = (text: string) => {
		setCsv(text);
		setPreviewRow(null);
		setBatchId(null);
		const next = parsedOrError(text);
		setMapping(next && !(next instanceof CsvError) ? defaultMapping(next.columns, propPaths) : {});
	};

	const launch = async () => {
		setLaunching(true);
		setLaunchError(null);
		try {
			const batch = await client.batches.create.mutate({
				template: templateId,
				baseProps,
				csv,
				mapping: apiMapping,
				name: name || undefined,
				output: { scale },
			});
			setBatchId(batch.id);
		} catch (error) {
			setLaunchError(error);
		} finally {
			setLaunching(false);
		}
	};

	const previewed = previewRow !== null ? table?.rows[previewRow - 1] : undefined;
	return (
		<section aria-labelledby="batches-title" className="batches">
			<h1 id="batches-title">Batches</h1>
			<div className="row">
				<label htmlFor="batch-template">Template</label>
				<select id="batch-template" value={templateId} onChange={(event) => setTemplateId(event.target.value as TemplateId)}>
					{templates.map((candidate) => (
						<option key={candidate.id} value={candidate.id}>
							{candidate.title}
						</option>
					))}
				</select>
				<label htmlFor="batch-csv-file">CSV file</label>
				<input id="batch-csv-file" type="file" accept=".csv,text/csv" onChange={async (event) => loadCsv((await event.target.files?.[0]?.text()) ?? '')} />
			</div>
			<details>
				<summary>…or paste CSV</summary>
				<label htmlFor="batch-csv-text">CSV text (header row first; rows start from the template's sample props)</label>
				<textarea id="batch-csv-text" rows={5} value={csv} onChange={(event) => loadCsv(event.target.value)} />
			</details>
			{parsed instanceof CsvError ? (
				<p role="alert" className="error-notice">
					The CSV could not be read: {parsed.message}
				</p>
			) : null}
			{table ? (
				<div className="batch-layout">
					<div>
						<ColumnMapping mapping={mapping} propPaths={propPaths} onChange={(column, path) => setMapping((current) => ({ ...current, [column]: path }))} />
						{!ready ? <p className="muted">Map at least one column to a prop.</p> : null}
						{validation.error ? <p className="error-notice">{errorMessageOf(validation.error)}</p> : null}
						<p role="status" aria-live="polite" data-testid="batch-check">
							{validation.check
								? `${table.rows.length} rows: ${new Set(validation.check.issues.map((issue) => issue.row)).size} with problems`
								: ready
									? 'Checking rows…'
									: ''}
						</p>
						<BatchRowsTable
							columns={table.columns}
							rows={table.rows}
							issues={validation.check?.issues ?? null}
							previewRow={previewRow}
							onPreview={setPreviewRow}
						/>
						<div className="row launch">
							<label htmlFor="batch-name">Name</label>
							<input id="batch-name" type="text" value={name} onChange={(event) => setName(event.target.value)} />
							<label htmlFor="batch-scale">Size</label>
							<select id="batch-scale" value={scale} onChange={(event) => setScale(Number(event.target.value))}>
								<option value={0.25}>Draft (¼ size)</option>
								<option value={0.5}>Half size</option>
								<option value={1}>Full HD</option>
							</select>
							<button type="button" className="primary" disabled={!validation.check || validation.check.issues.length > 0 || launching} onClick={launch}>
								{launching ? 'Launching…' : `Launch ${table.rows.length} renders`}
							</button>
						</div>
						{launchError ? (
							<p role="alert" className="error-notice">
								{errorMessageOf(launchError)}
							</p>
						) : null}
						{batchId ? <BatchProgress batchId={batchId} /> : null}
					</div>
					{previewed && previewRow !== null ? (
						<RowPreview template={templateId} baseProps={baseProps} row={previewed} rowNumber={previewRow} mapping={apiMapping} />
					) : (
						<p className="muted">Pick a row's Preview to see it in the Player.</p>
					)}
				</div>
			) : null}
		</section>
	);
};
