/** The slice of JSON Schema (draft 2020-12, as zod's toJSONSchema writes it) that the form understands. */
export type JsonSchema = {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: unknown[];
	const?: unknown;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	default?: unknown;
	description?: string;
	format?: string;
	pattern?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	exclusiveMaximum?: number;
	minItems?: number;
	maxItems?: number;
	maxLength?: number;
};

type FieldBase = { key: string; label: string; description: string | null; required: boolean; defaultValue: unknown };

export type ScalarField =
	| (FieldBase & { kind: 'text'; maxLength: number | null; multiline: boolean })
	| (FieldBase & { kind: 'media' })
	| (FieldBase & { kind: 'color' })
	| (FieldBase & { kind: 'number'; min: number | null; max: number | null; step: number | 'any' })
	| (FieldBase & { kind: 'boolean' })
	| (FieldBase & { kind: 'enum'; options: (string | number)[] })
	/** Shapes the form has no widget for (records, free unions): edited as JSON. */
	| (FieldBase & { kind: 'json' });

export type Field =
	| ScalarField
	| (FieldBase & { kind: 'object'; fields: Field[] })
	| (FieldBase & { kind: 'list'; item: Field; minItems: number; maxItems: number | null })
	/** A union of object shapes told apart by one constant property (`type: 'clip' | 'image' | …`). */
	| (FieldBase & { kind: 'variants'; discriminator: string; variants: { value: string; fields: Field[] }[] });

const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;

/** Keys whose words alone read badly to a creator. */
const NAMED: Record<string, string> = {
	fps: 'Frame rate',
	atMs: 'Starts at (ms)',
	interrupts: 'Pattern interrupts',
	segments: 'Sections',
	duckClipsUnderVoiceover: 'Clip volume under the voice',
	duckClipUnderVoiceover: 'Clip volume under the voice',
	duckTo: 'Volume under the voice',
	endCard: 'End card',
	countDown: 'Count down',
	showCaptions: 'Show captions',
	dimBackground: 'Dim the background',
	topShare: 'Top part’s share',
	cta: 'Call to action',
};
/** Unit suffixes, written as a person reads them. */
const UNITS: [RegExp, string][] = [
	[/Seconds$/, ' (seconds)'],
	[/Ms$/, ' (ms)'],
	[/Px$/, ' (px)'],
	[/Lufs$/, ' (LUFS)'],
];

/** `highlightColor` → "Highlight color", `fontSizePx` → "Font size (px)", `fps` → "Frame rate". */
export const labelOf = (key: string): string => {
	const named = NAMED[key];
	if (named) return named;
	const [pattern, unit] = UNITS.find(([suffix]) => suffix.test(key) && key.replace(suffix, '') !== '') ?? [null, ''];
	const words = (pattern ? key.replace(pattern, '') : key)
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/[-_]+/g, ' ')
		.trim()
		.toLowerCase();
	return `${words.charAt(0).toUpperCase()}${words.slice(1)}${unit}`;
};

const typeOf = (schema: JsonSchema): string | undefined => (Array.isArray(schema.type) ? schema.type.find((type) => type !== 'null') : schema.type);

/** A union that only adds `null` is the other member, optional. */
const withoutNull = (members: JsonSchema[]) => members.filter((member) => typeOf(member) !== 'null' && member.type !== 'null');

const isColor = (key: string, schema: JsonSchema) =>
	schema.format === 'color' ||
	(schema.pattern?.includes('[0-9a-fA-F]') ?? false) ||
	/colou?r$/i.test(key) ||
	(typeof schema.default === 'string' && HEX_COLOR.test(schema.default));

const isMedia = (key: string, schema: JsonSchema) => key === 'src' || /storage:<key>/.test(schema.description ?? '');

const discriminatorOf = (members: JsonSchema[]): string | null => {
	const first = members[0]?.properties;
	if (!first) return null;
	return (
		Object.keys(first).find((key) =>
			members.every((member) => {
				const property = member.properties?.[key];
				return property !== undefined && (property.const !== undefined || property.enum?.length === 1);
			}),
		) ?? null
	);
};

/** zod writes ±MAX_SAFE_INTEGER as the bounds of any integer: no bound a person set. */
const boundOf = (value: number | undefined): number | null => (value === undefined || Math.abs(value) >= Number.MAX_SAFE_INTEGER ? null : value);

const constOf = (schema: JsonSchema | undefined): unknown => schema?.const ?? schema?.enum?.[0];

/** One form field for a property of a JSON Schema, recursing into objects, arrays and tagged unions. */
export const fieldFromJsonSchema = (key: string, schema: JsonSchema, required: boolean): Field => {
	const base: FieldBase = { key, label: labelOf(key), description: schema.description ?? null, required, defaultValue: schema.default };
	const union = schema.oneOf ?? schema.anyOf;
	if (union) {
		const members = withoutNull(union);
		if (members.length === 1 && members[0])
			return fieldFromJsonSchema(key, { ...members[0], description: schema.description, default: schema.default }, required);
		const constants = members.map(constOf);
		if (members.length > 0 && constants.every((value) => typeof value === 'string' || typeof value === 'number')) {
			return { ...base, kind: 'enum', options: constants as (string | number)[] };
		}
		const discriminator = members.every((member) => typeOf(member) === 'object') ? discriminatorOf(members) : null;
		if (discriminator) {
			return {
				...base,
				kind: 'variants',
				discriminator,
				variants: members.map((member) => ({
					value: String(constOf(member.properties?.[discriminator])),
					fields: objectFields({
						...member,
						properties: Object.fromEntries(Object.entries(member.properties ?? {}).filter(([name]) => name !== discriminator)),
					}),
				})),
			};
		}
		return { ...base, kind: 'json' };
	}
	if (schema.enum?.every((value) => typeof value === 'string' || typeof value === 'number')) {
		return { ...base, kind: 'enum', options: schema.enum as (string | number)[] };
	}
	switch (typeOf(schema)) {
		case 'string':
			if (isMedia(key, schema)) return { ...base, kind: 'media' };
			if (isColor(key, schema)) return { ...base, kind: 'color' };
			return { ...base, kind: 'text', maxLength: schema.maxLength ?? null, multiline: schema.format === undefined && (schema.maxLength ?? 0) > 200 };
		case 'number':
		case 'integer':
			return {
				...base,
				kind: 'number',
				min: boundOf(schema.minimum ?? schema.exclusiveMinimum),
				max: boundOf(schema.maximum ?? schema.exclusiveMaximum),
				step: typeOf(schema) === 'integer' ? 1 : 'any',
			};
		case 'boolean':
			return { ...base, kind: 'boolean' };
		case 'object':
			return schema.properties ? { ...base, kind: 'object', fields: objectFields(schema) } : { ...base, kind: 'json' };
		case 'array':
			return schema.items
				? { ...base, kind: 'list', item: fieldFromJsonSchema('item', schema.items, true), minItems: schema.minItems ?? 0, maxItems: schema.maxItems ?? null }
				: { ...base, kind: 'json' };
		default:
			return { ...base, kind: 'json' };
	}
};

/** The fields of an object schema, in the schema's order. */
export const objectFields = (schema: JsonSchema): Field[] =>
	Object.entries(schema.properties ?? {}).map(([key, property]) => fieldFromJsonSchema(key, property, schema.required?.includes(key) ?? false));
