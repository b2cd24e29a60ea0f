import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { templates } from '../../../compositions/templates.js';
import { type Field, fieldFromJsonSchema, type JsonSchema, labelOf, objectFields } from './fields-from-json-schema.js';

const fieldsOf = (schema: z.ZodType) => objectFields(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
const find = (fields: readonly Field[], ...path: string[]): Field => {
	const [head, ...rest] = path;
	const field = fields.find((candidate) => candidate.key === head);
	if (!field) throw new Error(`no field ${head}`);
	if (rest.length === 0) return field;
	if (field.kind === 'object') return find(field.fields, ...rest);
	if (field.kind === 'list' && field.item.kind === 'object') return find(field.item.fields, ...rest);
	throw new Error(`${head} has no children`);
};

describe('fieldFromJsonSchema', () => {
	it('turns strings, bounded numbers, integers, booleans and enums into their inputs', () => {
		const fields = fieldsOf(
			z.object({
				title: z.string().max(80),
				volume: z.number().min(0).max(2).default(1),
				count: z.number().int().min(1),
				loud: z.boolean().default(false),
				position: z.enum(['top', 'bottom']).default('bottom'),
			}),
		);
		expect(fields).toEqual([
			expect.objectContaining({ key: 'title', kind: 'text', required: true, maxLength: 80, label: 'Title' }),
			expect.objectContaining({ key: 'volume', kind: 'number', min: 0, max: 2, step: 'any', defaultValue: 1, required: false }),
			expect.objectContaining({ key: 'count', kind: 'number', min: 1, max: null, step: 1 }),
			expect.objectContaining({ key: 'loud', kind: 'boolean', defaultValue: false }),
			expect.objectContaining({ key: 'position', kind: 'enum', options: ['top', 'bottom'] }),
		]);
	});

	it('reads a union of number literals (fps) as a select of those numbers', () => {
		expect(find(fieldsOf(templates[5].schema), 'fps')).toMatchObject({ kind: 'enum', options: [24, 25, 30, 60], defaultValue: 30 });
	});

	it('detects colours by hex pattern, by name and by a hex default, and media by `src`', () => {
		const fields = fieldsOf(
			z.object({
				tint: z.string().regex(/^#(?:[0-9a-fA-F]{6})$/),
				backgroundColor: z.string(),
				accent: z.string().default('#FF00AA'),
				src: z.string(),
				label: z.string().default('#1 hit'),
			}),
		);
		expect(fields.map((field) => [field.key, field.kind])).toEqual([
			['tint', 'color'],
			['backgroundColor', 'color'],
			['accent', 'color'],
			['src', 'media'],
			['label', 'text'],
		]);
	});

	it('makes nested objects fieldsets and arrays of objects repeatable groups (captions, clips)', () => {
		const fields = fieldsOf(templates[5].schema);
		const words = find(fields, 'captions', 'words');
		expect(words).toMatchObject({ kind: 'list', minItems: 0, maxItems: 5000 });
		expect(words.kind === 'list' && words.item.kind === 'object' ? words.item.fields.map((field) => field.key) : []).toEqual([
			'text',
			'startMs',
			'endMs',
			'emphasis',
		]);
		expect(find(fields, 'captions', 'style', 'highlightColor').kind).toBe('color');
		expect(find(fields, 'background', 'src').kind).toBe('media');
		expect(find(fields, 'voiceover')).toMatchObject({ kind: 'object', required: false });
		const clipStory = fieldsOf(templates[0].schema);
		expect(find(clipStory, 'clips')).toMatchObject({ kind: 'list', minItems: 1 });
	});

	it('makes a discriminated union (faceless-narration backgrounds) a variant picker without the tag among the fields', () => {
		const backgrounds = find(fieldsOf(templates[1].schema), 'backgrounds');
		if (backgrounds.kind !== 'list' || backgrounds.item.kind !== 'variants') throw new Error(`unexpected ${backgrounds.kind}`);
		expect(backgrounds.item.discriminator).toBe('type');
		expect(backgrounds.item.variants.map((variant) => variant.value)).toEqual(['clip', 'image', 'gradient']);
		expect(backgrounds.item.variants[2]?.fields.map((field) => [field.key, field.kind])).toEqual([['colors', 'list']]);
	});

	it('falls back to a JSON field for records and unions it cannot tell apart', () => {
		expect(fieldFromJsonSchema('emoji', { type: 'object', additionalProperties: { type: 'string' } } as JsonSchema, false).kind).toBe('json');
		expect(fieldFromJsonSchema('either', { anyOf: [{ type: 'string' }, { type: 'number' }] }, false).kind).toBe('json');
		expect(fieldFromJsonSchema('maybe', { anyOf: [{ type: 'number', minimum: 2 }, { type: 'null' }] }, false)).toMatchObject({ kind: 'number', min: 2 });
	});

	it('builds a form for every template without throwing', () => {
		for (const template of templates) expect(fieldsOf(template.schema).length).toBeGreaterThan(3);
	});
});

describe('labelOf', () => {
	it('turns camelCase and kebab keys into sentence-case labels', () => {
		expect(labelOf('highlightColor')).toBe('Highlight color');
		expect(labelOf('fontSizePx')).toBe('Font size (px)');
		expect(labelOf('fps')).toBe('Frame rate');
		expect(labelOf('sourceDurationSeconds')).toBe('Source duration (seconds)');
		expect(labelOf('durationMs')).toBe('Duration (ms)');
		expect(labelOf('emoji-pop')).toBe('Emoji pop');
	});
});
