import { readFileSync } from 'node:fs';
import { operationIdOf } from '../../server/openapi/operation-of.js';
import { pythonTypeOf } from './python-type-of.js';

type Schema = { type?: string | string[]; properties?: Record<string, Schema & { description?: string }>; required?: string[]; description?: string };
type Operation = {
	operationId: string;
	summary?: string;
	description?: string;
	'x-trpc-type'?: 'query' | 'mutation' | 'subscription';
	parameters?: { name: string; required?: boolean; content?: Record<string, { schema: Schema }> }[];
	requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
	responses: Record<string, { content?: Record<string, { schema: { properties?: { result?: { properties?: { data?: Schema } } } } & Schema }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const RUNTIME = readFileSync(new URL('./python-runtime.py', import.meta.url), 'utf8');
const KEYWORDS = new Set(['import', 'from', 'class', 'def', 'in', 'is', 'not', 'and', 'or', 'global', 'lambda', 'pass', 'return', 'yield', 'with', 'del']);

const snakeOf = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const methodNameOf = (name: string) => (KEYWORDS.has(snakeOf(name)) ? `${snakeOf(name)}_` : snakeOf(name));
const pascalOf = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const docOf = (text: string, indent: string) =>
	`${indent}"""${text
		.replace(/\\/g, '\\\\')
		.replace(/"""/g, '\\"\\"\\"')
		.split('\n')
		.map((line, index) => (index === 0 || line === '' ? line : `${indent}${line}`))
		.join('\n')}\n${indent}"""`;

/** `Render = TypedDict("Render", {...}, total=False)`: total=False since some fields appear only in some states. */
const typedDictOf = (name: string, schema: Schema) => {
	const fields = Object.entries(schema.properties ?? {}).map(([key, property]) => {
		const comment = property.description ? `  # ${property.description.replace(/\s+/g, ' ').slice(0, 140)}` : '';
		return `        ${JSON.stringify(key)}: ${pythonTypeOf(property as never)},${comment}`;
	});
	return `${name} = TypedDict(\n    ${JSON.stringify(name)},\n    {\n${fields.join('\n')}\n    },\n    total=False,\n)`;
};

const inputFieldsOf = (schema: Schema | undefined) =>
	Object.entries(schema?.properties ?? {})
		.map(([key, property]) => {
			const required = schema?.required?.includes(key) ? ' (required)' : '';
			return `    ${key}: ${pythonTypeOf(property as never)}${required}${property.description ? `: ${property.description.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`;
		})
		.join('\n');

/**
 * The Python client module (standard library only) for a document: a TypedDict per shared schema, one class per
 * router (`client.renders.create(...)`) with a method per procedure, and the hand-written runtime
 * (python-runtime.py: HTTP, SSE, downloads with Range, webhook signatures).
 */
export const pythonClientOf = (document: Document): string => {
	const typedDicts = Object.entries(document.components.schemas)
		.filter(([, schema]) => schema.properties)
		.map(([name, schema]) => typedDictOf(name, schema));
	const groups = new Map<string, string[]>();
	for (const [path, item] of Object.entries(document.paths)) {
		const operation = item.post ?? item.get;
		const type = operation?.['x-trpc-type'];
		if (!operation || !type) continue;
		const [group = '', name = ''] = path.slice(1).split('.');
		const request =
			type === 'mutation' ? operation.requestBody?.content['application/json']?.schema : operation.parameters?.[0]?.content?.['application/json']?.schema;
		const content = operation.responses['200']?.content;
		const data = type === 'subscription' ? content?.['text/event-stream']?.schema : content?.['application/json']?.schema?.properties?.result?.properties?.data;
		let returns = pythonTypeOf(data as never);
		if (data?.properties && !('$ref' in data)) {
			const resultName = `${pascalOf(operationIdOf(path.slice(1)))}Result`;
			typedDicts.push(typedDictOf(resultName, data));
			returns = `"${resultName}"`;
		}
		const doc = [
			operation.summary ?? '',
			operation.description ?? '',
			request?.properties ? `Input fields:\n${inputFieldsOf(request)}` : '',
			`tRPC: ${type} ${path.slice(1)}`,
		]
			.filter(Boolean)
			.join('\n\n');
		const kind = type === 'mutation' ? 'mutation' : 'query';
		const signature = request ? '(self, input: Optional[Dict[str, Any]] = None, **fields: Any)' : '(self)';
		const argument = request ? '_input_of(input, fields)' : 'None';
		const body =
			type === 'subscription'
				? `        return self._transport.events(${JSON.stringify(path.slice(1))}, ${argument})`
				: `        return self._transport.call(${JSON.stringify(kind)}, ${JSON.stringify(path.slice(1))}, ${argument})`;
		const annotation = type === 'subscription' ? `Iterator[${returns}]` : returns;
		groups.set(group, [...(groups.get(group) ?? []), `    def ${methodNameOf(name)}${signature} -> ${annotation}:\n${docOf(doc, '        ')}\n${body}`]);
	}
	const classes = [...groups].map(
		([group, methods]) =>
			`class ${pascalOf(group)}Procedures:\n    """The ${group}.* procedures."""\n\n    def __init__(self, transport: _Transport):\n        self._transport = transport\n\n${methods.join('\n\n')}`,
	);
	const attributes = [...groups.keys()].map((group) => `        self.${snakeOf(group)} = ${pascalOf(group)}Procedures(self._transport)`).join('\n');
	return `"""Reelforge API client for Python 3 (standard library only).

Generated by \`npm run openapi\` from docs/openapi.json (scripts/openapi/python-client-of.ts); do not edit.

    from reelforge_client import ReelforgeClient
    client = ReelforgeClient("http://localhost:3000", api_key="rf_...")
    render = client.renders.create(template="quote-card", props={"quote": "Ship it."})
    done = client.wait_for_render(render["id"])
    video = client.download(done["outputUrl"]).content
"""
${RUNTIME}

# ---- Generated from the document's schemas. ----

${typedDicts.join('\n\n\n')}


${classes.join('\n\n\n')}


class ReelforgeClient:
    """A Reelforge server: \`client.<router>.<procedure>(...)\` for every procedure, plus downloads and following a render."""

    def __init__(self, base_url: str, api_key: Optional[str] = None, timeout: float = 60.0):
        self._transport = _Transport(base_url, api_key, timeout)
${attributes}

    def follow_render(self, render_id: str) -> Iterator["Render"]:
        """The render's states as they change (Server-Sent Events), ending with a finished one."""
        for render in self._transport.events("renders.onProgress", {"id": render_id}):
            yield render
            if render.get("status") in FINISHED_STATUSES:
                return

    def wait_for_render(self, render_id: str, timeout_seconds: float = 600.0) -> "Render":
        """Follows a render until it is done, failed or cancelled, and returns it as renders.get gives it."""
        deadline = time.time() + timeout_seconds
        for render in self.follow_render(render_id):
            if render.get("status") in FINISHED_STATUSES:
                break
            if time.time() > deadline:
                raise ReelforgeError(f"render {render_id} did not finish within {timeout_seconds} s", "TIMEOUT")
        return self.renders.get(id=render_id)

    def download(self, url: str, byte_range: Optional[Tuple[int, Optional[int]]] = None) -> Download:
        """GETs a file: a signed link (outputUrl, outputs[].url, captionFiles[].url) or a path such as /files/<key>.
        \`byte_range=(0, 1023)\` asks for those bytes only (206 Partial Content)."""
        return self._transport.download(url, byte_range)
`;
};
