type Schema = {
	$ref?: string;
	type?: string | string[];
	enum?: unknown[];
	const?: unknown;
	properties?: Record<string, Schema>;
	additionalProperties?: Schema | boolean;
	items?: Schema;
	anyOf?: Schema[];
	oneOf?: Schema[];
};

const COMPONENTS = '#/components/schemas/';
const primitive: Record<string, string> = { string: 'str', number: 'float', integer: 'int', boolean: 'bool', null: 'None' };

/** A Python literal for a JSON value (enums and consts). */
const literalOf = (value: unknown) => (value === null ? 'None' : typeof value === 'boolean' ? (value ? 'True' : 'False') : JSON.stringify(value));

/**
 * A JSON Schema as a Python type hint (typing module only), for the generated client's TypedDicts. Objects without a
 * component of their own are `Dict[str, Any]`: the hint says what the field is, the docstring what is in it.
 */
export const pythonTypeOf = (schema: Schema | undefined): string => {
	if (!schema) return 'Any';
	if (schema.$ref?.startsWith(COMPONENTS)) return `"${schema.$ref.slice(COMPONENTS.length)}"`;
	if (schema.const !== undefined) return `Literal[${literalOf(schema.const)}]`;
	if (schema.enum) return `Literal[${schema.enum.map(literalOf).join(', ')}]`;
	const union = schema.anyOf ?? schema.oneOf;
	if (union) return unionOf(union.map(pythonTypeOf));
	const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
	if (types.length > 1) return unionOf(types.map((type) => pythonTypeOf({ ...schema, type })));
	const [type] = types;
	if (type && primitive[type]) return primitive[type];
	if (type === 'array') return `List[${pythonTypeOf(schema.items)}]`;
	if (type === 'object' || schema.properties) return 'Dict[str, Any]';
	return 'Any';
};

const unionOf = (types: string[]) => {
	const unique = [...new Set(types)];
	if (unique.includes('Any')) return 'Any';
	const withoutNone = unique.filter((type) => type !== 'None');
	const inner = withoutNone.length === 1 ? (withoutNone[0] ?? 'Any') : `Union[${withoutNone.join(', ')}]`;
	return unique.includes('None') ? `Optional[${inner}]` : inner;
};
