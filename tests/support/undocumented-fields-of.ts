type Schema = {
	$ref?: string;
	type?: string | string[];
	properties?: Record<string, Schema>;
	items?: Schema;
	anyOf?: Schema[];
	oneOf?: Schema[];
	allOf?: Schema[];
	additionalProperties?: Schema | boolean;
};

const COMPONENTS = '#/components/schemas/';

/**
 * The dotted paths of fields in `value` that `schema` (JSON Schema, with `$ref`s into `components`) does not name.
 * A schema that says nothing about an object's properties (`{}`, a record) documents whatever is inside in words;
 * only objects with named properties are checked, recursively, through arrays and unions.
 */
export const undocumentedFieldsOf = (value: unknown, schema: unknown, components: Record<string, unknown>, at = ''): string[] => {
	let current = (schema ?? {}) as Schema;
	while (current.$ref?.startsWith(COMPONENTS)) current = (components[current.$ref.slice(COMPONENTS.length)] ?? {}) as Schema;
	const branches = [...(current.anyOf ?? []), ...(current.oneOf ?? [])];
	if (branches.length > 0) {
		// The value is documented when some branch documents all of it.
		const results = branches.map((branch) => undocumentedFieldsOf(value, branch, components, at));
		return results.find((result) => result.length === 0) ?? results.sort((a, b) => a.length - b.length)[0] ?? [];
	}
	const prefix = at ? `${at}.` : '';
	if (Array.isArray(value))
		return value.flatMap((item, index) => (current.items ? undocumentedFieldsOf(item, current.items, components, `${prefix}${index}`) : []));
	if (!value || typeof value !== 'object' || !current.properties) return [];
	const properties = current.properties;
	return Object.entries(value).flatMap(([key, child]) => {
		const property = properties[key];
		if (property) return undocumentedFieldsOf(child, property, components, `${prefix}${key}`);
		return typeof current.additionalProperties === 'object' ? [] : [`${prefix}${key}`];
	});
};
