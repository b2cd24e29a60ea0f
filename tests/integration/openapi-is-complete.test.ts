import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/db/project-root.js';
import { DEFAULT_WORKSPACE_ID } from '../../core/workspaces/default-workspace.js';
import { generatedFilesOf } from '../../scripts/openapi/generated-files-of.js';
import { createApiKey } from '../../server/access/create-api-key.js';
import { openApiDocument } from '../../server/http/openapi-document.js';
import { httpRoutes } from '../../server/openapi/http-routes.js';
import { operationIdOf } from '../../server/openapi/operation-of.js';
import { proceduresOf } from '../../server/openapi/procedures-of.js';
import { STATIC_OPENAPI_BASE_URL } from '../../server/openapi/static-openapi-text.js';
import { appRouter } from '../../server/root.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { undocumentedFieldsOf } from '../support/undocumented-fields-of.js';
import { waitForRender } from '../support/wait-for-render.js';

type Operation = {
	operationId: string;
	summary: string;
	parameters?: { name: string; required: boolean; content?: Record<string, { schema: unknown }> }[];
	requestBody?: { content: Record<string, { schema: unknown }> };
	responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
};
type Document = ReturnType<typeof openApiDocument> & { paths: Record<string, Record<string, Operation>> };

const procedures = proceduresOf(appRouter);
const document = openApiDocument('http://localhost:3000') as Document;
const operationOf = (procedure: string): Operation => {
	const item = document.paths[`/${procedure}`] ?? {};
	const operation = item.post ?? item.get;
	if (!operation) throw new Error(`No operation for ${procedure}`);
	return operation;
};
/** The documented schema of `result.data` (or of each event of a subscription). */
const dataSchemaOf = (procedure: string) => {
	const response = operationOf(procedure).responses['200']?.content;
	const schema = response?.['application/json']?.schema ?? response?.['text/event-stream']?.schema;
	const data = (schema as { properties?: { result?: { properties?: { data?: unknown } } } })?.properties?.result?.properties?.data;
	return response?.['text/event-stream'] ? schema : data;
};

describe('the OpenAPI document covers every procedure', () => {
	it.each(procedures.map((procedure) => [procedure.path, procedure] as const))(
		'%s has an operationId, a summary, its request schema and a response schema from .output()',
		(name, procedure) => {
			const operation = operationOf(name);
			expect(operation.operationId).toBe(operationIdOf(name));
			expect(operation.summary, `${name} needs .meta({ summary })`).not.toBe('');
			expect(procedure.output, `${name} needs .output(<zod schema>) (a subscription: meta.events)`).not.toBeNull();
			expect(dataSchemaOf(name), `${name} documents no response`).toMatchObject({});
			expect(Object.keys(dataSchemaOf(name) as object).length).toBeGreaterThan(0);
			if (procedure.input) {
				const request =
					procedure.type === 'mutation' ? operation.requestBody?.content['application/json'] : operation.parameters?.[0]?.content?.['application/json'];
				expect(request?.schema, `${name} documents no request`).toBeDefined();
			}
		},
	);

	it('names every operation once', () => {
		const ids = Object.values(document.paths).flatMap((item) =>
			Object.entries(item)
				.filter(([method]) => method !== 'servers')
				.map(([, operation]) => operation.operationId),
		);
		expect(new Set(ids).size).toBe(ids.length);
		// One operation per procedure, and one per method of the routes served beside tRPC (files, zips, health).
		const plainOperations = Object.values(httpRoutes('http://x')).flatMap((item) => Object.keys(item).filter((method) => method !== 'servers'));
		expect(ids.length).toBe(procedures.length + plainOperations.length);
	});

	it('documents the x-api-key header and which operations need no key', () => {
		expect(document.components.securitySchemes.apiKey).toEqual(expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-api-key' }));
		expect(operationOf('templates.list')).toMatchObject({ security: expect.arrayContaining([{}]) });
		expect(operationOf('renders.create')).toMatchObject({ security: [{ apiKey: [] }, { bearer: [] }] });
	});

	it('answers every list as { items, nextCursor }', () => {
		for (const procedure of procedures.filter((candidate) => candidate.type === 'query')) {
			const data = dataSchemaOf(procedure.path) as { type?: string; properties?: Record<string, unknown> };
			expect(data.type, `${procedure.path} answers a bare array`).not.toBe('array');
			if (/\.(list|deliveries|providers)$/.test(procedure.path)) expect(Object.keys(data.properties ?? {})).toEqual(['items', 'nextCursor']);
		}
	});

	it('gives examples that the procedures accept', () => {
		const withExamples = procedures.filter((procedure) => procedure.meta.examples);
		expect(withExamples.map((procedure) => procedure.path)).toEqual(expect.arrayContaining(['renders.create', 'batches.create']));
		for (const procedure of withExamples) {
			for (const [name, example] of Object.entries(procedure.meta.examples ?? {})) {
				expect(procedure.input?.safeParse(example).success, `${procedure.path} example ${name}`).toBe(true);
			}
		}
	});

	it.each(Object.entries(generatedFilesOf(openApiDocument(STATIC_OPENAPI_BASE_URL))))('%s is checked in as `npm run openapi` writes it', (file, fresh) => {
		const checkedIn = readFileSync(path.join(projectRoot, file), 'utf8');
		// The JSON is formatted by biome after writing: compared as JSON; the generated code byte for byte.
		const same = file.endsWith('.json') ? JSON.stringify(JSON.parse(checkedIn)) === JSON.stringify(JSON.parse(fresh)) : checkedIn === fresh;
		expect(same, `${file} is stale: run \`npm run openapi\``).toBe(true);
	});
});

describe('every field a response carries is documented', () => {
	let stack: TestStack;
	let served: Document;
	const answers: { procedure: string; data: unknown }[] = [];
	let adminKey = '';
	let operatorKey = '';

	/** Calls a procedure over plain HTTP, as an integrator without tRPC would, and keeps the raw answer. */
	const call = async (procedure: string, input?: unknown, key?: string) => {
		const type = procedures.find((candidate) => candidate.path === procedure)?.type;
		const headers: Record<string, string> = { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) };
		const url = `${stack.api.url}/trpc/${procedure}`;
		const response =
			type === 'mutation'
				? await fetch(url, { method: 'POST', headers, body: JSON.stringify(input ?? null) })
				: await fetch(input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
		const body = (await response.json()) as { result?: { data: unknown }; error?: { message: string } };
		if (!body.result) throw new Error(`${procedure} failed: ${body.error?.message}`);
		answers.push({ procedure, data: body.result.data });
		return body.result.data as Record<string, unknown> & { id: string };
	};

	beforeAll(async () => {
		stack = await startTestStack({ env: { RENDER_ATTEMPTS: '1' } });
		served = (await (await fetch(`${stack.api.url}/openapi.json`)).json()) as Document;
		adminKey = (await createApiKey(stack.db, { workspaceId: DEFAULT_WORKSPACE_ID, name: 'admin', scopes: ['admin'], rateLimitPerMinute: 1000 })).secret;
		operatorKey = (await createApiKey(stack.db, { workspaceId: DEFAULT_WORKSPACE_ID, name: 'op', scopes: ['operator'], rateLimitPerMinute: 1000 })).secret;

		const render = await call('renders.create', { template: 'quote-card', props: { quote: 'Documented.' }, output: { scale: 0.2 } });
		await waitForRender(stack.client, render.id, 150_000);
		await call('renders.get', { id: render.id });
		await call('renders.list', { limit: 5 });
		await call('renders.deliveries', { id: render.id });
		await call('templates.list');
		await call('templates.get', { id: 'quote-card' });
		await call('batches.validate', { template: 'quote-card', csv: 'quote\nOne\n\n' });
		const batch = await call('batches.create', { template: 'quote-card', rows: [{ quote: 'A' }], output: { scale: 0.2 } });
		await call('batches.get', { id: batch.id });
		await call('batches.list', {});
		await call('batches.deliveries', { id: batch.id });
		await call('batches.cancel', { id: batch.id });
		const script = await call('scripts.create', { hook: 'A hook', beats: [{ text: 'One beat.' }] });
		await call('scripts.get', { id: script.id });
		await call('scripts.list', {});
		await call('clips.list', {});
		await call('clips.import', { items: [{ url: 'http://10.0.0.1/clip.mp4' }] });
		await call('transcripts.list', {});
		await call('voiceovers.preview', { narration: { text: 'Documented words.' } });
		await call('workspaces.current');
		await call('workspaces.list', undefined, operatorKey);
		const made = await call('apiKeys.create', { name: 'doc', scopes: ['render'] }, adminKey);
		await call('apiKeys.list', undefined, adminKey);
		await call('apiKeys.revoke', { id: made.id }, adminKey);
		await call('accounts.list');
		await call('accounts.providers');
		await call('publications.list', {});
		await call('analytics.overview', {});
		await call('analytics.render', { id: render.id });
		await call('analytics.batch', { id: batch.id });
		await call('access.streamToken');
		await call('access.links', { srcs: ['storage:samples/sample-clip.mp4'] });
	}, 200_000);
	afterAll(async () => {
		await stack?.stop();
	});

	it('serves the same document at /openapi.json, on its own address', () => {
		expect(served.servers).toEqual([{ url: `${stack.api.url}/trpc` }]);
		expect(Object.keys(served.paths)).toEqual(Object.keys(document.paths));
	});

	it('finds every field of the sampled answers in the response schemas', () => {
		expect(answers.length).toBeGreaterThan(30);
		const done = answers.find((answer) => answer.procedure === 'renders.get')?.data as { status: string; outputs: unknown[]; delivery: unknown };
		// A done render carries the most fields (outputs, delivery report): the sample must include one.
		expect(done).toMatchObject({ status: 'done', outputs: [expect.anything()], delivery: expect.any(Object) });
		const undocumented = answers.flatMap(({ procedure, data }) =>
			undocumentedFieldsOf(data, dataSchemaOf(procedure), served.components.schemas as Record<string, unknown>).map((field) => `${procedure}: ${field}`),
		);
		expect(undocumented, 'add these fields to the output schemas in server/responses/').toEqual([]);
	});

	it('notices a field that no schema documents', () => {
		const schema = dataSchemaOf('renders.get');
		expect(undocumentedFieldsOf({ id: 'x', surprise: 1, outputs: [{ url: 'u', extra: true }] }, schema, document.components.schemas)).toEqual([
			'surprise',
			'outputs.0.extra',
		]);
	});

	it('serves the plain HTTP routes it documents: files with Range, thumbnails, the document', async () => {
		const partial = await fetch(`${stack.api.url}/files/${stack.sampleClipSrc.slice('storage:'.length)}`, { headers: { range: 'bytes=0-99' } });
		expect(partial.status).toBe(206);
		expect((await partial.arrayBuffer()).byteLength).toBe(100);
		expect((await fetch(`${stack.api.url}/templates/quote-card/thumbnail.png`)).status).toBe(200);
		expect((await fetch(`${stack.api.url}/healthz`)).status).toBe(200);
	});
});
