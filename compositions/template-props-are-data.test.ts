import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CaptionToken } from './captions/CaptionToken.js';
import { captionStyleSchema } from './captions/caption-word-schema.js';
import { cssColorSchema } from './shared/css-color-schema.js';
import { CSS_NAMED_COLORS } from './shared/css-named-colors.js';
import { propsWithValueAt } from './shared/props-with-value-at.js';
import { type JsonNode, type StringNode, stringNodesOf } from './shared/string-nodes-of.js';
import { sampleProps, templates } from './templates.js';

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
const lastPropertyOf = (node: StringNode) => node.steps.findLast((step) => step.kind === 'property')?.name ?? '';

const targets = templates.flatMap((template) => {
	const root = jsonSchemaOf(template.schema);
	return stringNodesOf(root).map((node) => ({ template, root, node, label: `${template.id}: ${node.path}` }));
});
// Marked, or named like one: so the fuzz below also runs (and fails) against a colour prop that lost its schema.
const looksLikeColour = (node: StringNode) => /colou?rs?$/i.test(lastPropertyOf(node));
const looksLikeMedia = (node: StringNode) => lastPropertyOf(node) === 'src';
const colourTargets = targets.filter(({ node }) => node.markers.includes('color') || looksLikeColour(node));
const mediaTargets = targets.filter(({ node }) => node.markers.includes('media') || looksLikeMedia(node));

const LONG = 100_000;
/** Ways out of a CSS value or a media URL: closing the value, a second declaration, functions, markup, escapes, look-alikes. */
const INJECTIONS = [
	'#fff), url(http://127.0.0.1:9/x)',
	'red;background:url(//127.0.0.1:9/x)',
	'expression(alert(1))',
	'</style><img src=http://127.0.0.1:9/x>',
	'var(--x)',
	'url(data:image/png;base64,AAAA)',
	'rgb(1,2,3) url(x)',
	'#fff\\29 url(x)',
	'hsl(0 0% 0% / 1) ;x',
	'\\23 fff',
	'#\\66 ff',
	'r\\67 b(1,2,3)',
	'\\72 ed',
	'#fff\u0000',
	'#f\u200bff',
	'\uff03\uff46\uff46\uff46',
	'r\u0435d',
	'\u212Ahaki',
	'red\u2028background:url(x)',
	`#${'f'.repeat(LONG)}`,
	`rgb(${'1,'.repeat(LONG / 2)}1)`,
	`red${' '.repeat(LONG)}`,
	'x'.repeat(LONG),
	'#fff\nbackground:url(//127.0.0.1:9/x)',
	'red\r\n;background:url(x)',
	'#fff\n',
	'\n#fff',
	'\t#fff',
	'inherit',
	'currentColor',
	'attr(data-x)',
	'env(safe-area-inset-top)',
	'rgb(calc(1), 2, 3)',
	'rgb(1 2 3 / var(--a))',
	'color-mix(in srgb, red, blue)',
	'linear-gradient(red, blue)',
	'image-set(url(x) 1x)',
	'red !important',
	'#fff;',
	'"#fff"',
	'#fff /**/',
	'rgb(1,2,3',
	'',
	' ',
	'javascript:alert(1)',
	'file:///etc/passwd',
	'data:image/png;base64,AAAA',
	'storage:../../etc/passwd',
	'//127.0.0.1:9/x',
];

const VALID_COLOUR = '#000000';
const VALID_MEDIA = 'storage:samples/sample-clip.mp4';

/** What is wrong with one payload at one path, or null when the template rejects it there and only there. */
const misfitOf = (target: (typeof targets)[number], payload: string): string | null => {
	const { props, path: expected } = propsWithValueAt(target.root, sampleProps[target.template.id], target.node.steps, payload);
	const result = target.template.schema.safeParse(props);
	const shown = JSON.stringify(payload.length > 40 ? `${payload.slice(0, 40)}…` : payload);
	if (result.success) return `${target.label} accepts ${shown}`;
	const elsewhere = result.error.issues.filter((issue) => issue.path.join('.') !== expected.join('.'));
	return elsewhere.length > 0 ? `${target.label} with ${shown}: issue at ${elsewhere[0]?.path.join('.')} instead of ${expected.join('.')}` : null;
};

describe('template props are data, never code', () => {
	it('marks every string prop of every template as exactly one of enum, colour, media or text', () => {
		const offending = targets
			.filter(({ node }) => node.markers.length !== 1)
			.map(({ node, label }) => (node.markers.length === 0 ? label : `${label} (${node.markers.join(' and ')})`));
		expect(offending).toEqual([]);
	});

	it('treats every prop named like a colour as a colour and every src as media', () => {
		const misnamed = targets
			.filter(({ node }) => (looksLikeColour(node) && node.markers.join() !== 'color') || (looksLikeMedia(node) && node.markers.join() !== 'media'))
			.map(({ label }) => label);
		expect(misnamed).toEqual([]);
		for (const template of templates) expect(colourTargets.some((target) => target.template === template)).toBe(true);
	});

	it('finds strings in nested objects, arrays, tuples, records and their keys, unions, nullables, refs and untyped parts', () => {
		type Tree = { name: string; children: Tree[] };
		const tree: z.ZodType<Tree> = z.lazy(() => z.object({ name: z.string(), children: z.array(tree) }));
		const schema = z.object({
			a: z.string(),
			list: z.array(z.object({ b: z.string().optional() })),
			pair: z.tuple([z.number(), z.string()]),
			record: z.record(z.string(), z.string()),
			choice: z.discriminatedUnion('type', [z.object({ type: z.literal('x'), c: z.string() }), z.object({ type: z.literal('y') })]),
			maybe: z.string().nullable(),
			anything: z.unknown(),
			tree,
			fixed: z.enum(['one', 'two']),
		});
		expect(stringNodesOf(jsonSchemaOf(schema)).map((node) => `${node.path}:${node.markers.join('+') || 'free'}`)).toEqual([
			'a:free',
			'list[].b:free',
			'pair[1]:free',
			'record{value}:free',
			'record{key}:free',
			'choice<type=x>.type:enum',
			'choice<type=x>.c:free',
			'choice<type=y>.type:enum',
			'maybe:free',
			'anything:free',
			'tree.name:free',
			'fixed:enum',
		]);
	});

	it.each(templates.map((template) => [template.id, template]))(
		'rejects CSS and markup injections in every colour and media prop of %s, on that prop',
		(_, template) => {
			const mine = [
				...colourTargets.map((target) => ({ ...target, valid: VALID_COLOUR })),
				...mediaTargets.map((target) => ({ ...target, valid: VALID_MEDIA })),
			].filter((target) => target.template === template);
			expect(mine.length).toBeGreaterThan(1);
			// With a valid value at the spot the props must pass, or a rejection below would prove nothing.
			for (const target of mine) {
				const { props } = propsWithValueAt(target.root, sampleProps[template.id], target.node.steps, target.valid);
				expect(template.schema.safeParse(props).error?.issues ?? [], target.label).toEqual([]);
			}
			const misfits = mine.flatMap((target) => INJECTIONS.map((payload) => misfitOf(target, payload)).filter((misfit) => misfit !== null));
			expect(misfits).toEqual([]);
		},
	);

	it('names what a colour may be and the value cut short, on one line', () => {
		const result = quoteCard().safeParse({ quote: 'Hi', colors: ['#000', '#fff), url(http://127.0.0.1:9/internal.png) no-repeat'] });
		expect(result.error?.issues).toEqual([
			expect.objectContaining({
				path: ['colors', 1],
				message: 'must be a CSS colour (#RRGGBB, rgb(…), hsl(…) or a colour name) but is "#fff), url(http://127.0.…"',
			}),
		]);
		expect(cssColorSchema.safeParse('red\nblue\u2028').error?.issues[0]?.message).toMatch(/^[^\n\u2028]*"red\\nblue\\u2028"$/);
	});
});

const quoteCard = () => {
	const template = templates.find((candidate) => candidate.id === 'quote-card');
	if (!template) throw new Error('no quote-card template');
	return template.schema;
};

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const number = fc
	.tuple(fc.constantFrom('', '', '+', '-'), digits(1, 4), fc.option(digits(1, 4), { nil: undefined }))
	.map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`)
	.chain((value) => fc.constantFrom(value, value.replace(/^([+-]?)\d+\./, '$1.')));
const percent = number.map((value) => `${value}%`);
const numberOrPercent = fc.oneof(number, percent);
const space = fc.constantFrom('', ' ', '  ');
const gap = fc.constantFrom(' ', '  ');
const anyCase = (text: string) =>
	fc
		.array(fc.boolean(), { minLength: text.length, maxLength: text.length })
		.map((upper) => [...text].map((char, i) => (upper[i] ? char.toUpperCase() : char)).join(''));
const fn = (...names: string[]) => fc.constantFrom(...names).chain(anyCase);
const legacyAlpha = fc.option(
	fc.tuple(space, numberOrPercent, space).map(([a, value, b]) => `${a},${b}${value}`),
	{ nil: '' },
);
const modernAlpha = fc.option(
	fc.tuple(space, numberOrPercent, space).map(([a, value, b]) => `${a}/${b}${value}`),
	{ nil: '' },
);
const hue = fc.tuple(number, fc.constantFrom('', 'deg', 'DEG', 'grad', 'rad', 'turn')).map(([value, unit]) => `${value}${unit}`);

const hex = fc
	.constantFrom(3, 4, 6, 8)
	.chain((length) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: length, maxLength: length }))
	.map((value) => `#${value}`);
const legacyRgb = fc
	.oneof(fc.array(number, { minLength: 3, maxLength: 3 }), fc.array(percent, { minLength: 3, maxLength: 3 }))
	.chain((channels) =>
		fc
			.tuple(fn('rgb', 'rgba'), space, space, space, legacyAlpha, space)
			.map(([name, a, b, c, alpha, end]) => `${name}(${a}${channels.join(`${b},${c}`)}${alpha}${end})`),
	);
const modernRgb = fc
	.tuple(fn('rgb', 'rgba'), space, fc.array(numberOrPercent, { minLength: 3, maxLength: 3 }), gap, modernAlpha, space)
	.map(([name, start, channels, between, alpha, end]) => `${name}(${start}${channels.join(between)}${alpha}${end})`);
const legacyHsl = fc
	.tuple(fn('hsl', 'hsla'), space, hue, space, percent, percent, legacyAlpha, space)
	.map(([name, start, h, pad, saturation, lightness, alpha, end]) => `${name}(${start}${h}${pad},${pad}${saturation}${pad},${pad}${lightness}${alpha}${end})`);
const modernHsl = fc
	.tuple(fn('hsl', 'hsla'), space, hue, gap, numberOrPercent, numberOrPercent, modernAlpha, space)
	.map(([name, start, h, between, saturation, lightness, alpha, end]) => `${name}(${start}${h}${between}${saturation}${between}${lightness}${alpha}${end})`);
const named = fc.constantFrom(...CSS_NAMED_COLORS, 'transparent').chain(anyCase);
const validColour = fc.oneof(hex, legacyRgb, modernRgb, legacyHsl, modernHsl, named);

describe('cssColorSchema', () => {
	it('accepts every hex, rgb(), hsl() and named colour form, in any case, in every colour prop of every template', () => {
		expect(CSS_NAMED_COLORS.size).toBe(148);
		fc.assert(
			fc.property(validColour, fc.constantFrom(...colourTargets), (colour, target) => {
				expect(cssColorSchema.safeParse(colour).error?.issues ?? []).toEqual([]);
				const { props } = propsWithValueAt(target.root, sampleProps[target.template.id], target.node.steps, colour);
				expect(target.template.schema.safeParse(props).success, `${target.label} = ${colour}`).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});

	it('rejects a valid colour with anything before or after it', () => {
		const extra = fc.constantFrom(
			';',
			')',
			'(',
			' url(x)',
			',red',
			'\n',
			' !important',
			'/**/',
			'}',
			'"',
			"'",
			'\\',
			' ',
			'; background: url(//127.0.0.1:9/x)',
		);
		fc.assert(
			fc.property(validColour, extra, fc.boolean(), (colour, more, before) => {
				expect(cssColorSchema.safeParse(before ? `${more}${colour}` : `${colour}${more}`).success).toBe(false);
			}),
			{ numRuns: 500 },
		);
	});
});

describe('text props are rendered as text', () => {
	it('draws a caption word and its emoji as escaped text, never as markup', () => {
		const style = captionStyleSchema.parse({ preset: 'pill', emoji: { fire: '<img src=//e>' } });
		const html = renderToStaticMarkup(createElement(CaptionToken, { text: 'fire', state: { active: true, emphasised: false }, style }));
		const markup = renderToStaticMarkup(createElement(CaptionToken, { text: '</b><img src=//w>', state: { active: false, emphasised: true }, style }));
		expect(html).toContain('&lt;img src=//e&gt;');
		expect(markup).toContain('&lt;/b&gt;&lt;img src=//w&gt;');
		expect(`${html}${markup}`).not.toMatch(/<img/);
	});

	it('no composition writes raw HTML', () => {
		const root = path.dirname(fileURLToPath(import.meta.url));
		const components = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tsx'));
		expect(components.length).toBeGreaterThan(10);
		const raw = components.filter((file) =>
			/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/.test(fs.readFileSync(path.join(root, file), 'utf8')),
		);
		expect(raw).toEqual([]);
	});
});
