export class CsvError extends Error {
	constructor(
		message: string,
		readonly line: number,
	) {
		super(`CSV line ${line}: ${message}`);
		this.name = 'CsvError';
	}
}

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks.
 * The first record is the header. Returns one object per row, keyed by header.
 */
export const parseCsv = (text: string, { maxRows = 10_000 } = {}): { columns: string[]; rows: Record<string, string>[] } => {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	const input = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < input.length; i++) {
		const char = input[i];
		if (quoted) {
			if (char === '"' && input[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else {
				if (char === '\n') line++;
				field += char;
			}
			continue;
		}
		if (char === '"' && field === '') quoted = true;
		else if (char === ',') {
			record.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && input[i + 1] === '\n') i++;
			record.push(field);
			if (record.some((value) => value !== '')) records.push(record);
			if (records.length > maxRows + 1) throw new CsvError(`more than ${maxRows} rows`, line);
			record = [];
			field = '';
			line++;
		} else field += char;
	}
	if (quoted) throw new CsvError('a quoted field is not closed', line);
	record.push(field);
	if (record.some((value) => value !== '')) records.push(record);
	const [header, ...body] = records;
	if (!header) throw new CsvError('no header row', 1);
	const columns = header.map((name) => name.trim());
	const duplicate = columns.find((name, index) => columns.indexOf(name) !== index);
	if (duplicate) throw new CsvError(`column "${duplicate}" appears twice`, 1);
	return {
		columns,
		rows: body.map((values, index) => {
			if (values.length > columns.length) throw new CsvError(`${values.length} fields, but the header has ${columns.length}`, index + 2);
			return Object.fromEntries(columns.map((column, c) => [column, values[c] ?? '']));
		}),
	};
};
