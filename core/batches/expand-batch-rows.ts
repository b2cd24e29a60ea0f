import { validateTemplateProps } from '../templates/validate-template-props.js';
import { setPath } from './set-path.js';

export type BatchRowsSpec = {
	template: string;
	/** Props every row starts from. */
	baseProps: Record<string, unknown>;
	/** One object per row: CSV records (strings) or JSON objects. */
	rows: Record<string, unknown>[];
	/** Column (or JSON key) → prop path. Columns not listed are ignored; a row key that is itself a path may be mapped to itself. */
	mapping: Record<string, string>;
	/** Values from CSV are text: a number or true/false is read as such where the template expects one. */
	textValues: boolean;
	/** Each row is rendered once per value, at `path`, labelled A, B, C…; for A/B tests of hooks. */
	variants: { path: string; values: unknown[] } | null;
	/** Column whose text is spoken as the row's narration. */
	narrationColumn: string | null;
};

export type ExpandedRow = {
	row: number;
	variant: string | null;
	props: Record<string, unknown>;
	/** The row's props as given (before defaults), for what goes under them (a brand kit: only given values win). */
	givenProps: Record<string, unknown>;
	narrationText: string | null;
};
export type RowIssue = { row: number; variant: string | null; column: string | null; path: string; message: string };

const coerceText = (value: string): unknown => {
	if (value === 'true' || value === 'false') return value === 'true';
	const number = Number(value);
	return value.trim() !== '' && Number.isFinite(number) ? number : value;
};

const variantLabel = (index: number) => String.fromCharCode(65 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26)) : '');

/**
 * Turns batch rows into validated template props, every row checked before anything is rendered.
 * Issues name the row (1-based, as a person counts data rows), the variant, the column and the prop.
 */
export const expandBatchRows = (spec: BatchRowsSpec): { rows: ExpandedRow[]; issues: RowIssue[] } => {
	const expanded: ExpandedRow[] = [];
	const issues: RowIssue[] = [];
	const columnOf = (propPath: string) =>
		Object.entries(spec.mapping).find(([, path]) => propPath === path || propPath.startsWith(`${path}.`))?.[0] ??
		(spec.variants && (propPath === spec.variants.path || propPath.startsWith(`${spec.variants.path}.`)) ? 'variant' : null);
	spec.rows.forEach((row, index) => {
		const rowNumber = index + 1;
		let props = spec.baseProps;
		for (const [column, path] of Object.entries(spec.mapping)) {
			const value = row[column];
			if (value === undefined || value === '') continue;
			props = setPath(props, path, value);
		}
		const narrationText = spec.narrationColumn ? String(row[spec.narrationColumn] ?? '').trim() || null : null;
		const variants = spec.variants
			? spec.variants.values.map((value, v) => ({ label: variantLabel(v), props: setPath(props, spec.variants?.path ?? '', value) }))
			: [{ label: null, props }];
		for (const variant of variants) {
			let candidate = variant.props;
			let validation = validateTemplateProps(spec.template, candidate);
			// CSV cells are text: where the schema wanted a number or a boolean, read the cell as one and check again.
			if (!validation.ok && spec.textValues) {
				for (const issue of validation.issues) {
					const path = issue.path.replace(/^props\./, '');
					const column = columnOf(path);
					const raw = column ? row[column] : undefined;
					if (typeof raw === 'string' && /expected (number|boolean)/.test(issue.message)) candidate = setPath(candidate, path, coerceText(raw));
				}
				validation = validateTemplateProps(spec.template, candidate);
			}
			if (validation.ok) {
				expanded.push({ row: rowNumber, variant: variant.label, props: validation.props, givenProps: candidate, narrationText });
			} else {
				for (const issue of validation.issues) {
					const path = issue.path.replace(/^props\./, '');
					const isBlank = (c: string) => row[c] === undefined || row[c] === '';
					// A missing object above a mapped path (hook for hook.text) is that column's blank cell.
					const column =
						columnOf(path) ??
						(/received undefined/.test(issue.message)
							? (Object.entries(spec.mapping).find(([c, mapped]) => mapped.startsWith(`${path}.`) && isBlank(c))?.[0] ?? null)
							: null);
					// A required prop left undefined because its cell is blank: say so in the sheet's terms, not zod's.
					const blank = column !== null && isBlank(column) && /received undefined/.test(issue.message);
					const message = blank ? `column "${column}" is empty; it is required` : issue.message;
					issues.push({ row: rowNumber, variant: variant.label, column, path, message });
				}
			}
		}
	});
	return { rows: expanded, issues };
};
