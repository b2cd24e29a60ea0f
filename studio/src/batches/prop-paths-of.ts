import type { Field } from '../editor/fields-from-json-schema.js';

/** Dotted paths a CSV column can be mapped to: every scalar field, lists by their first item (`clips.0.src`). */
export const propPathsOf = (fields: readonly Field[], prefix = ''): string[] =>
	fields.flatMap((field) => {
		const path = `${prefix}${field.key}`;
		switch (field.kind) {
			case 'object':
				return propPathsOf(field.fields, `${path}.`);
			case 'list':
				return field.item.kind === 'object' ? propPathsOf(field.item.fields, `${path}.0.`) : [`${path}.0`];
			case 'variants':
				return [...new Set(field.variants.flatMap((variant) => propPathsOf(variant.fields, `${path}.`)))];
			default:
				return [path];
		}
	});
