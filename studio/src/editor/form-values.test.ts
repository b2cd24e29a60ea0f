import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { templates } from '../../../compositions/templates.js';
import { propPathsOf } from '../batches/prop-paths-of.js';
import { type JsonSchema, objectFields } from './fields-from-json-schema.js';
import { initialValueOf } from './initial-value-of.js';
import { issuesByPath } from './issues-by-path.js';
import { setValueAt, valueAt } from './set-value-at.js';

const fieldsOf = (schema: z.ZodType) => objectFields(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);

describe('setValueAt', () => {
	it('copies along the path, creating objects and arrays, and leaves the original alone', () => {
		const original = { captions: { words: [{ text: 'a' }] } };
		const next = setValueAt(original, ['captions', 'words', 0, 'text'], 'b');
		expect(next).toEqual({ captions: { words: [{ text: 'b' }] } });
		expect(original.captions.words[0]?.text).toBe('a');
		expect(setValueAt({}, ['clips', 1, 'src'], 'x')).toEqual({ clips: [undefined, { src: 'x' }] });
		expect(valueAt(next, ['captions', 'words', 0, 'text'])).toBe('b');
	});

	it('removes a key set to undefined, so an emptied optional field falls back to its default', () => {
		expect(setValueAt({ durationInSeconds: 3, fps: 30 }, ['durationInSeconds'], undefined)).toEqual({ fps: 30 });
	});
});

describe('initialValueOf', () => {
	it('gives a new list item its required fields and defaults, and a variant its tag', () => {
		const fields = fieldsOf(templates[1].schema);
		const backgrounds = fields.find((field) => field.key === 'backgrounds');
		if (backgrounds?.kind !== 'list') throw new Error('backgrounds is not a list');
		expect(initialValueOf(backgrounds.item)).toMatchObject({ type: 'clip', src: '', trimStartSeconds: 0, volume: 1 });
		const words = fieldsOf(templates[5].schema).find((field) => field.key === 'captions');
		if (words?.kind !== 'object') throw new Error('captions is not an object');
		const list = words.fields.find((field) => field.key === 'words');
		if (list?.kind !== 'list') throw new Error('words is not a list');
		expect(initialValueOf(list.item)).toEqual({ text: '', startMs: 0, endMs: 0, emphasis: false });
	});
});

describe('issuesByPath', () => {
	it('keys zod issues by dotted path, keeping the first message per field', () => {
		const parsed = templates[5].schema.safeParse({ background: { src: 'ftp://x' }, captions: { words: [{ text: 'hi', startMs: 500, endMs: 100 }] } });
		expect(parsed.success).toBe(false);
		const issues = issuesByPath(parsed.error?.issues ?? []);
		expect(issues['background.src']).toMatch(/http\(s\) URL or storage:<key>/);
		expect(issues['captions.words.0.endMs']).toBe('endMs must be after startMs');
	});
});

describe('propPathsOf', () => {
	it('lists the paths a CSV column can fill, lists by their first item', () => {
		const paths = propPathsOf(fieldsOf(templates[5].schema));
		expect(paths).toEqual(expect.arrayContaining(['format', 'durationInSeconds', 'background.src', 'captions.words.0.text', 'captions.style.textColor']));
		expect(paths).not.toContain('captions');
	});
});
