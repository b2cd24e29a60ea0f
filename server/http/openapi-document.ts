import { z } from 'zod';
import { createBatchInputSchema } from '../batches/create-batch.schema.js';
import { createRenderInputSchema } from '../renders/create-render.schema.js';

const schemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
const idInput = z.object({ id: z.string() });

/** tRPC answers `{ result: { data } }`, and errors `{ error: { message, code, data: { code, httpStatus, issues } } }`. */
const envelope = {
	type: 'object',
	properties: { result: { type: 'object', properties: { data: { type: 'object', description: 'The render or batch (see renders.get in the README)' } } } },
};
const errorEnvelope = {
	description:
		'Bad input (400, with data.issues naming each field), missing or wrong key (401), missing scope (403), unknown id (404), over the rate limit (429, Retry-After), queue down (503)',
	content: {
		'application/json': {
			schema: {
				type: 'object',
				properties: {
					error: {
						type: 'object',
						properties: {
							message: { type: 'string' },
							data: { type: 'object', properties: { code: { type: 'string' }, httpStatus: { type: 'integer' }, issues: { type: ['array', 'null'] } } },
						},
					},
				},
			},
		},
	},
};

const mutation = (summary: string, input: z.ZodType) => ({
	post: {
		summary,
		requestBody: { required: true, content: { 'application/json': { schema: schemaOf(input) } } },
		responses: { '200': { description: 'OK', content: { 'application/json': { schema: envelope } } }, default: errorEnvelope },
	},
});

const query = (summary: string, input: z.ZodType) => ({
	get: {
		summary,
		parameters: [
			{ name: 'input', in: 'query', required: true, description: `URL-encoded JSON: ${JSON.stringify(schemaOf(input))}`, schema: { type: 'string' } },
		],
		responses: { '200': { description: 'OK', content: { 'application/json': { schema: envelope } } }, default: errorEnvelope },
	},
});

/**
 * The main render and batch operations as plain HTTP, for clients that cannot use tRPC's TypeScript types.
 * These are the tRPC procedures themselves: mutations are POSTs with the input as the JSON body, queries GETs with
 * `?input=<URL-encoded JSON>`.
 */
export const openApiDocument = (baseUrl: string) => ({
	openapi: '3.1.0',
	info: { title: 'Reelforge API', version: '1', description: 'Renders and batches over plain HTTP. Authenticate with `Authorization: Bearer <key>`.' },
	servers: [{ url: `${baseUrl}/trpc` }],
	components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
	security: [{ bearer: [] }],
	paths: {
		'/renders.create': mutation('Validate props, record a render and queue it', createRenderInputSchema),
		'/renders.get': query('A render: status, progress, output URL, timings, provenance', idInput),
		'/renders.cancel': mutation('Stop a queued or running render', idInput),
		'/renders.retry': mutation('Queue a failed or cancelled render again', idInput),
		'/batches.create': mutation('One template, many rows (JSON or CSV), validated row by row', createBatchInputSchema),
		'/batches.get': query('A batch: counts by status, progress, zip of outputs', idInput),
		'/batches.cancel': mutation('Cancel every unfinished render of a batch', idInput),
	},
});
