import { describe, expect, it } from 'vitest';
import { expandBatchRows } from './expand-batch-rows.js';
import { setPath } from './set-path.js';

const base = { clips: [{ src: 'storage:samples/sample-clip.mp4' }] };

describe('setPath', () => {
	it('creates objects and arrays along the path and leaves the original alone', () => {
		const original = { a: 1 };
		expect(setPath(original, 'clips.1.src', 'x')).toEqual({ a: 1, clips: [undefined, { src: 'x' }] });
		expect(original).toEqual({ a: 1 });
	});

	it('refuses prototype keys', () => {
		expect(() => setPath({}, '__proto__.polluted', true)).toThrow(/not a usable prop path/);
	});
});

describe('expandBatchRows', () => {
	it('maps columns to props, reads numbers from CSV text, and multiplies rows by variants', () => {
		const { rows, issues } = expandBatchRows({
			template: 'clip-story',
			baseProps: base,
			rows: [{ cta: 'Follow', seconds: '3' }],
			mapping: { cta: 'endCard.text', seconds: 'durationInSeconds' },
			textValues: true,
			variants: { path: 'hook.text', values: ['Hook one', 'Hook two'] },
			narrationColumn: null,
		});
		expect(issues).toEqual([]);
		expect(rows.map((row) => [row.row, row.variant, row.props.durationInSeconds, (row.props.hook as { text: string }).text])).toEqual([
			[1, 'A', 3, 'Hook one'],
			[1, 'B', 3, 'Hook two'],
		]);
	});

	it('reports each bad row with its column and prop, and keeps the good ones', () => {
		const { rows, issues } = expandBatchRows({
			template: 'clip-story',
			baseProps: base,
			rows: [{ clip: 'storage:samples/a.mp4' }, { clip: 'ftp://nope' }, { clip: 'storage:samples/b.mp4', seconds: 'long' }],
			mapping: { clip: 'clips.0.src', seconds: 'durationInSeconds' },
			textValues: true,
			variants: null,
			narrationColumn: null,
		});
		expect(rows.map((row) => row.row)).toEqual([1]);
		expect(issues).toEqual([
			{
				row: 2,
				variant: null,
				column: 'clip',
				path: 'clips.0.src',
				message: 'must be an http(s) URL or storage:<key> (a key without .., absolute or hidden segments)',
			},
			{ row: 3, variant: null, column: 'seconds', path: 'durationInSeconds', message: expect.stringMatching(/expected number/) },
		]);
	});
});
