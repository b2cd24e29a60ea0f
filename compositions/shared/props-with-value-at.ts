import { PROP_ROLE_KEY } from './prop-roles.js';
import { type JsonNode, resolveRef, type Step } from './string-nodes-of.js';

type Path = (string | number)[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const membersOf = (node: JsonNode): JsonNode[] => node.oneOf ?? node.anyOf ?? [];

/** A small value the node admits (required properties only, the fewest items), for parts of a path the props lack. */
export const exampleOf = (root: JsonNode, raw: JsonNode): unknown => {
	const node = resolveRef(root, raw);
	if (node.const !== undefined) return node.const;
	if (node.default !== undefined) return node.default;
	if (node.enum !== undefined) return node.enum[0];
	const [first] = membersOf(node);
	if (first) return exampleOf(root, first);
	if (node.allOf) return Object.assign({}, ...node.allOf.map((member) => exampleOf(root, member)));
	const type = Array.isArray(node.type) ? node.type[0] : node.type;
	switch (type) {
		case 'string':
			if (node.format === 'color') return '#000000';
			if (node[PROP_ROLE_KEY] === 'media') return 'storage:samples/sample-clip.mp4';
			return 'x'.repeat(Math.max(1, node.minLength ?? 1));
		case 'number':
		case 'integer': {
			const low = node.minimum ?? (node.exclusiveMinimum === undefined ? 0 : node.exclusiveMinimum + 1);
			return node.maximum === undefined ? low : Math.min(low, node.maximum);
		}
		case 'boolean':
			return false;
		case 'null':
			return null;
		case 'array': {
			const items = node.items === undefined || typeof node.items === 'boolean' ? {} : node.items;
			return Array.from({ length: node.minItems ?? 0 }, () => exampleOf(root, items));
		}
		case 'object':
			return Object.fromEntries((node.required ?? []).map((name) => [name, exampleOf(root, node.properties?.[name] ?? {})]));
		default:
			return 'x';
	}
};

/** Whether `value` already is of this union member: its constant tag matches (or, untagged, it is at least an object). */
const fitsMember = (value: unknown, member: JsonNode): boolean => {
	const tags = Object.entries(member.properties ?? {}).filter(([, property]) => property.const !== undefined);
	if (tags.length === 0) return value !== undefined;
	return isRecord(value) && tags.every(([name, property]) => value[name] === property.const);
};

/**
 * `props` with `leaf` put where `steps` lead (the first item of an array, the first value of a record, the union
 * member named), building what is missing on the way from the schema. Returns the zod issue path of that spot.
 */
export const propsWithValueAt = (root: JsonNode, props: unknown, steps: readonly Step[], leaf: unknown): { props: unknown; path: Path } => {
	const path: Path = [];
	const put = (value: unknown, raw: JsonNode, rest: readonly Step[]): unknown => {
		const [step, ...after] = rest;
		if (!step) return leaf;
		const node = resolveRef(root, raw);
		switch (step.kind) {
			case 'property': {
				const object = { ...(isRecord(value) ? value : (exampleOf(root, node) as Record<string, unknown>)) };
				path.push(step.name);
				object[step.name] = put(object[step.name], node.properties?.[step.name] ?? {}, after);
				return object;
			}
			case 'item':
			case 'tuple': {
				const index = step.kind === 'tuple' ? step.index : 0;
				const items = step.kind === 'tuple' ? node.prefixItems?.[index] : node.items;
				const itemNode = items === undefined || typeof items === 'boolean' ? {} : items;
				const array = [...(Array.isArray(value) && value.length > index ? value : (exampleOf(root, node) as unknown[]))];
				while (array.length <= index) array.push(exampleOf(root, itemNode));
				path.push(index);
				array[index] = put(array[index], itemNode, after);
				return array;
			}
			case 'value': {
				const record = isRecord(value) ? { ...value } : {};
				const key = Object.keys(record)[0] ?? 'key';
				const valueNode = typeof node.additionalProperties === 'object' ? node.additionalProperties : {};
				path.push(key);
				record[key] = put(record[key], valueNode, after);
				return record;
			}
			case 'member': {
				const member = node[step.combinator]?.[step.index] ?? {};
				return put(fitsMember(value, member) ? value : exampleOf(root, member), member, after);
			}
			case 'key':
				throw new Error('a record key cannot be set to a value');
		}
	};
	return { props: put(props, root, steps), path };
};
