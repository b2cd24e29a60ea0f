import type { Field } from './fields-from-json-schema.js';

/** What a newly added list item or a newly enabled optional group starts as: its defaults, else an empty value of its kind. */
export const initialValueOf = (field: Field): unknown => {
	if (field.defaultValue !== undefined && field.kind !== 'object') return structuredClone(field.defaultValue);
	switch (field.kind) {
		case 'object':
			return Object.fromEntries(
				field.fields.filter((child) => child.required || child.defaultValue !== undefined).map((child) => [child.key, initialValueOf(child)]),
			);
		case 'variants': {
			const first = field.variants[0];
			return first ? { [field.discriminator]: first.value, ...(initialValueOf({ ...field, kind: 'object', fields: first.fields }) as object) } : {};
		}
		case 'list':
			return Array.from({ length: field.minItems }, () => initialValueOf(field.item));
		case 'number':
			return field.min ?? 0;
		case 'boolean':
			return false;
		case 'enum':
			return field.options[0];
		case 'color':
			return '#FFFFFF';
		case 'json':
			return {};
		default:
			return '';
	}
};
