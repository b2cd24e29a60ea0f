import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

const DEFS = '#/$defs/';
const COMPONENTS = '#/components/schemas/';

/** Rewrites `#/$defs/X` references to the document's components (renamed as `rename` says) and drops empty `additionalProperties`. */
const relocate = (value: unknown, rename: (id: string) => string): unknown => {
	if (Array.isArray(value)) return value.map((item) => relocate(item, rename));
	if (!value || typeof value !== 'object') return value;
	const out: JsonSchema = {};
	for (const [key, child] of Object.entries(value)) {
		if (key === '$ref' && typeof child === 'string' && child.startsWith(DEFS)) out[key] = COMPONENTS + rename(child.slice(DEFS.length));
		// A loose response object (responseObject) says `additionalProperties: {}`, which is JSON Schema's default anyway.
		else if (key === 'additionalProperties' && child && typeof child === 'object' && Object.keys(child).length === 0) continue;
		else out[key] = relocate(child, rename);
	}
	return out;
};

/**
 * zod 4's own JSON Schema of a schema, as the request (`input`) or the response (`output`) sees it. Schemas with a
 * `.meta({ id })` become shared components (collected into `components`); input ones get an `Input` suffix, since
 * defaults make a schema's input and output differ.
 */
export const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema => {
	const rename = (id: string) => (io === 'input' ? `${id}Input` : id);
	const {
		$schema: _,
		$defs,
		...json
	} = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema & {
		$defs?: Record<string, JsonSchema>;
	};
	for (const [id, def] of Object.entries($defs ?? {})) {
		const relocated = relocate(def, rename) as JsonSchema;
		const name = rename(id);
		if (components[name] && JSON.stringify(components[name]) !== JSON.stringify(relocated)) {
			throw new Error(`Two different schemas are both named "${id}" (.meta({ id })); give one another id`);
		}
		components[name] = relocated;
	}
	return relocate(json, rename) as JsonSchema;
};
