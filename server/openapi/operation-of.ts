import { type JsonSchema, jsonSchemaOf } from './json-schema-of.js';
import type { DescribedProcedure } from './procedures-of.js';

/** `renders.create` → `rendersCreate`: stable names for generated clients. */
export const operationIdOf = (path: string) => path.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());

const KEYED = [{ apiKey: [] }, { bearer: [] }];
const OPTIONAL_KEY = [{}, ...KEYED];

const answer = (data: JsonSchema) => ({
	type: 'object',
	required: ['result'],
	properties: { result: { type: 'object', required: ['data'], properties: { data } } },
});

const examplesOf = ({ meta }: DescribedProcedure) =>
	meta.examples ? { examples: Object.fromEntries(Object.entries(meta.examples).map(([name, value]) => [name, { value }])) } : {};

/**
 * One procedure as an OpenAPI path item. tRPC's own wire format, unchanged: a query is `GET /<path>?input=<URL-encoded
 * JSON>`, a mutation `POST /<path>` with the input as the JSON body, a subscription `GET` answering Server-Sent Events;
 * every answer is `{ result: { data } }`.
 */
export const operationOf = (procedure: DescribedProcedure, components: Record<string, JsonSchema>) => {
	const { path, type, input, output, meta } = procedure;
	const inputSchema = input ? jsonSchemaOf(input, 'input', components) : null;
	const inputRequired = input ? !input.safeParse(undefined).success : false;
	const data = output ? jsonSchemaOf(output, 'output', components) : {};
	const access = meta.scope ? `Needs a key with the \`${meta.scope}\` scope.` : 'Needs no key (one that is sent must be valid).';
	const operation = {
		operationId: operationIdOf(path),
		tags: [path.split('.')[0]],
		summary: meta.summary ?? '',
		description: [meta.description, access].filter(Boolean).join('\n\n'),
		security: meta.scope ? KEYED : OPTIONAL_KEY,
		'x-trpc-type': type,
	};
	const inputParameter = inputSchema
		? [
				{
					name: 'input',
					in: 'query',
					required: inputRequired,
					description: 'The input as URL-encoded JSON',
					content: { 'application/json': { schema: inputSchema, ...examplesOf(procedure) } },
				},
			]
		: [];
	const failure = { default: { $ref: '#/components/responses/Error' } };
	if (type === 'mutation') {
		return {
			post: {
				...operation,
				...(inputSchema
					? { requestBody: { required: inputRequired, content: { 'application/json': { schema: inputSchema, ...examplesOf(procedure) } } } }
					: {}),
				responses: { '200': { description: 'OK', content: { 'application/json': { schema: answer(data) } } }, ...failure },
			},
		};
	}
	if (type === 'subscription') {
		return {
			get: {
				...operation,
				parameters: inputParameter,
				responses: {
					'200': {
						description:
							'Server-Sent Events (send `Accept: text/event-stream`): each `data:` line is the JSON of this schema, with an `id:` to resume from (Last-Event-ID)',
						content: { 'text/event-stream': { schema: data } },
					},
					...failure,
				},
			},
		};
	}
	return {
		get: {
			...operation,
			parameters: inputParameter,
			responses: { '200': { description: 'OK', content: { 'application/json': { schema: answer(data) } } }, ...failure },
		},
	};
};
