import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './parse-csv.js';

describe('parseCsv', () => {
	it('reads quoted fields with commas, quotes and line breaks, and CRLF rows', () => {
		const csv = 'hook,clip\r\n"Wait, what?","storage:a.mp4"\r\n"He said ""go""\nnow",storage:b.mp4\r\n';
		expect(parseCsv(csv)).toEqual({
			columns: ['hook', 'clip'],
			rows: [
				{ hook: 'Wait, what?', clip: 'storage:a.mp4' },
				{ hook: 'He said "go"\nnow', clip: 'storage:b.mp4' },
			],
		});
	});

	it('names the line of a broken row', () => {
		expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(new CsvError('3 fields, but the header has 2', 2));
		expect(() => parseCsv('a\n"open')).toThrow(/not closed/);
		expect(() => parseCsv('a,a\n1,2')).toThrow(/appears twice/);
	});

	it('refuses more rows than allowed', () => {
		expect(() => parseCsv(`a\n${'1\n'.repeat(5)}`, { maxRows: 3 })).toThrow(/more than 3 rows/);
	});
});
