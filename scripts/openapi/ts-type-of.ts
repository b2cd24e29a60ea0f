type Schema = {
	$ref?: string;
	type?: string | string[];
	enum?: unknown[];
	const?: unknown;
	properties?: Record<string, Schema>;
	required?: string[];
	additionalProperties?: Schema | boolean;
	items?: Schema;
	prefixItems?: Schema[];
	anyOf?: Schema[];
	oneOf?: Schema[];
	allOf?: Schema[];
	description?: string;
};

const COMPONENTS = '#/components/schemas/';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const primitive: Record<string, string> = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean', null: 'null' };

/** A component's name as a TypeScript type name (`TranscriptInput` stays, `sample-props` becomes `SampleProps`). */
export const typeNameOf = (id: string) =>
	id.replace(/(^|[^A-Za-z0-9])([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');

const comment = (text: string | undefined, indent: string) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ')} */\n` : '');

/**
 * A JSON Schema (as zod's toJSONSchema writes it) as a TypeScript type: what the published TypeScript client
 * (@reelforge/client) types each request and response with, without the server's code.
 */
export const tsTypeOf = (schema: Schema | undefined, indent = ''): string => {
	if (!schema || Object.keys(schema).filter((key) => key !== 'description' && key !== 'default').length === 0) return 'unknown';
	if (schema.$ref?.startsWith(COMPONENTS)) return typeNameOf(schema.$ref.slice(COMPONENTS.length));
	if (schema.const !== undefined) return JSON.stringify(schema.const);
	if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
	const union = schema.anyOf ?? schema.oneOf;
	if (union) return union.map((branch) => wrap(tsTypeOf(branch, indent))).join(' | ');
	if (schema.allOf) return schema.allOf.map((branch) => wrap(tsTypeOf(branch, indent))).join(' & ');
	const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
	if (types.length > 1) return types.map((type) => wrap(tsTypeOf({ ...schema, type }, indent))).join(' | ');
	const [type] = types;
	if (type && primitive[type]) return primitive[type];
	if (type === 'array') {
		if (schema.prefixItems) return `[${schema.prefixItems.map((item) => tsTypeOf(item, indent)).join(', ')}]`;
		return `${wrap(tsTypeOf(schema.items, indent))}[]`;
	}
	if (type === 'object' || schema.properties) {
		const inner = `${indent}\t`;
		const required = new Set(schema.required ?? []);
		const fields = Object.entries(schema.properties ?? {}).map(([key, property]) => {
			const type = tsTypeOf(property, inner);
			// A field of any JSON value may be absent as far as TypeScript knows: tRPC's client types make it optional too.
			const optional = !required.has(key) || type === 'unknown';
			return `${comment(property.description, inner)}${inner}${IDENTIFIER.test(key) ? key : JSON.stringify(key)}${optional ? '?' : ''}: ${type};`;
		});
		const rest = typeof schema.additionalProperties === 'object' ? `Record<string, ${tsTypeOf(schema.additionalProperties, indent)}>` : null;
		if (fields.length === 0) return rest ?? 'Record<string, unknown>';
		const body = `{\n${fields.join('\n')}\n${indent}}`;
		return rest ? `${body} & ${rest}` : body;
	}
	return 'unknown';
};

const wrap = (type: string) => (/[|&]/.test(type) && !type.startsWith('{') ? `(${type})` : type);
