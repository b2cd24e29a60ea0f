import type { AnyRouter } from '@trpc/server';
import { errorComponents } from './error-components.js';
import { httpRoutes } from './http-routes.js';
import type { JsonSchema } from './json-schema-of.js';
import { operationOf } from './operation-of.js';
import { proceduresOf } from './procedures-of.js';
import { webhookEvents } from './webhook-events.js';

const DESCRIPTION = `Every procedure of the Reelforge API, generated from the server's own zod schemas (request and response).

**Calling it.** These are tRPC procedures over plain HTTP: a query is \`GET /trpc/<procedure>?input=<URL-encoded JSON>\`, a mutation \`POST /trpc/<procedure>\` with the input as the JSON body; answers are \`{ "result": { "data": … } }\`, errors \`{ "error": { "message", "data": { "code", "httpStatus", "issues" } } }\`. Lists answer \`{ items, nextCursor }\`: pass nextCursor as \`cursor\` for the next page.

**Keys.** Send \`x-api-key: <key>\` (or \`Authorization: Bearer <key>\`). Each operation says which scope it needs (render, publish, admin, operator); keys are made with apiKeys.create or \`reelforge keys create\`.

**Sample media.** templates.list gives each template's sampleProps, which point at shared samples (\`storage:samples/…\`) and render as they are; access.links turns storage: references into playable URLs, and GET /files/samples/<name> serves them.

**Webhooks.** A render or batch with a webhookUrl is announced there when it finishes; see \`webhooks\` for the signature scheme.`;

/** The OpenAPI 3.1 document of a router plus the plain HTTP routes, with `baseUrl` as the server's address. */
export const buildOpenApiDocument = (router: AnyRouter, baseUrl: string) => {
	const components: Record<string, JsonSchema> = {};
	const tags = new Set<string>();
	const paths: Record<string, unknown> = {};
	for (const procedure of proceduresOf(router)) {
		tags.add(procedure.path.split('.')[0] ?? procedure.path);
		paths[`/${procedure.path}`] = operationOf(procedure, components);
	}
	const sortedComponents = Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b)));
	return {
		openapi: '3.1.0',
		info: { title: 'Reelforge API', version: '1', description: DESCRIPTION },
		servers: [{ url: `${baseUrl}/trpc` }],
		tags: [...tags, 'files', 'meta'].map((name) => ({ name })),
		security: [{ apiKey: [] }, { bearer: [] }],
		paths: { ...paths, ...httpRoutes(baseUrl) },
		webhooks: webhookEvents,
		components: {
			securitySchemes: {
				apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'An API key (rf_…)' },
				bearer: { type: 'http', scheme: 'bearer', description: 'The same key as `Authorization: Bearer <key>`' },
			},
			schemas: { ...sortedComponents, ...errorComponents.schemas },
			responses: errorComponents.responses,
		},
	};
};
