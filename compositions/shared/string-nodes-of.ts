import { PROP_ROLE_KEY } from './prop-roles.js';

/** The slice of JSON Schema (draft 2020-12, as `z.toJSONSchema` writes it) that can hold a string somewhere. */
export type JsonNode = {
	[keyword: string]: unknown;
	type?: string | string[];
	const?: unknown;
	enum?: unknown[];
	format?: string;
	$ref?: string;
	properties?: Record<string, JsonNode>;
	required?: string[];
	items?: JsonNode | boolean;
	prefixItems?: JsonNode[];
	additionalProperties?: JsonNode | boolean;
	propertyNames?: JsonNode;
	patternProperties?: Record<string, JsonNode>;
	anyOf?: JsonNode[];
	oneOf?: JsonNode[];
	allOf?: JsonNode[];
	minItems?: number;
	minLength?: number;
	minimum?: number;
	exclusiveMinimum?: number;
	maximum?: number;
	default?: unknown;
};

const COMBINATORS = ['anyOf', 'oneOf', 'allOf'] as const;

/** One step from a node to a child: a property, an array item, a record's values or keys, or a member of a union. */
export type Step =
	| { kind: 'property'; name: string }
	| { kind: 'item' }
	| { kind: 'tuple'; index: number }
	| { kind: 'value' }
	| { kind: 'key' }
	| { kind: 'member'; combinator: (typeof COMBINATORS)[number]; index: number; label: string };

/** What a string node says it is; a free string prop must be exactly one of these. */
export type StringMarker = 'enum' | 'color' | 'media' | 'text';

export type StringNode = { path: string; steps: Step[]; node: JsonNode; markers: StringMarker[] };

const typesOf = (node: JsonNode): string[] => (node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type]);

/** `{}` (or `true`) admits anything, strings included: that is how zod writes z.any(), z.unknown() and unrepresentable parts. */
const admitsAnything = (node: JsonNode): boolean =>
	node.type === undefined &&
	node.const === undefined &&
	node.enum === undefined &&
	node.$ref === undefined &&
	node.not === undefined &&
	COMBINATORS.every((keyword) => node[keyword] === undefined);

const isStringTyped = (node: JsonNode): boolean => typesOf(node).includes('string') || admitsAnything(node);

export const markersOf = (node: JsonNode): StringMarker[] => {
	const markers: StringMarker[] = [];
	if (node.const !== undefined || node.enum !== undefined) markers.push('enum');
	if (node.format === 'color') markers.push('color');
	const role = node[PROP_ROLE_KEY];
	if (role === 'media' || role === 'text') markers.push(role);
	return markers;
};

/** `type=gradient` for a union member told apart by a constant property, else its position. */
const memberLabel = (member: JsonNode, index: number): string => {
	const tag = Object.entries(member.properties ?? {}).find(([, property]) => typeof property.const === 'string' || typeof property.const === 'number');
	return tag ? `${tag[0]}=${String(tag[1].const)}` : `#${index}`;
};

const shown = (step: Step, index: number): string => {
	switch (step.kind) {
		case 'property':
			return index === 0 ? step.name : `.${step.name}`;
		case 'item':
			return '[]';
		case 'tuple':
			return `[${step.index}]`;
		case 'value':
			return '{value}';
		case 'key':
			return '{key}';
		case 'member':
			return `<${step.label}>`;
	}
};

/** `colors[]`, `captions.style.emoji{value}`, `backgrounds[]<type=gradient>.colors[]`. */
export const displayPath = (steps: readonly Step[]): string => steps.map(shown).join('') || '(root)';

export const resolveRef = (root: JsonNode, node: JsonNode): JsonNode => {
	let current = node;
	for (let hops = 0; current.$ref !== undefined; hops++) {
		const ref: string = current.$ref;
		const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
		const target =
			ref === '#' ? root : match ? (root[match[1] as string] as Record<string, JsonNode> | undefined)?.[decodeURIComponent(match[2] as string)] : undefined;
		if (!target || hops > 100) throw new Error(`cannot resolve ${ref}`);
		current = target;
	}
	return current;
};

const asNode = (schema: JsonNode | boolean): JsonNode => (schema === true ? {} : schema === false ? { not: {} } : schema);

/**
 * Every node of a JSON Schema that admits a string, wherever it sits (objects, arrays, tuples, records and their keys,
 * unions, intersections, $refs), with the steps that lead to it and what it is marked as.
 */
export const stringNodesOf = (root: JsonNode): StringNode[] => {
	const found: StringNode[] = [];
	const visit = (raw: JsonNode, steps: Step[], refs: ReadonlySet<string>) => {
		if (raw.$ref !== undefined && refs.has(raw.$ref)) return; // a recursive schema: its strings were found the first time round
		const node = resolveRef(root, raw);
		const seen = raw.$ref === undefined ? refs : new Set([...refs, raw.$ref]);
		if (isStringTyped(node)) found.push({ path: displayPath(steps), steps, node, markers: markersOf(node) });
		for (const [name, property] of Object.entries(node.properties ?? {})) visit(property, [...steps, { kind: 'property', name }], seen);
		for (const [pattern, property] of Object.entries(node.patternProperties ?? {}))
			visit(property, [...steps, { kind: 'property', name: `/${pattern}/` }], seen);
		if (node.items !== undefined) visit(asNode(node.items), [...steps, { kind: 'item' }], seen);
		for (const [index, item] of (node.prefixItems ?? []).entries()) visit(item, [...steps, { kind: 'tuple', index }], seen);
		if (node.additionalProperties !== undefined && node.additionalProperties !== false)
			visit(asNode(node.additionalProperties), [...steps, { kind: 'value' }], seen);
		if (node.propertyNames !== undefined) visit(node.propertyNames, [...steps, { kind: 'key' }], seen);
		for (const keyword of COMBINATORS) {
			for (const [index, member] of (node[keyword] ?? []).entries())
				visit(member, [...steps, { kind: 'member', combinator: keyword, index, label: memberLabel(member, index) }], seen);
		}
	};
	visit(root, [], new Set());
	return found;
};
