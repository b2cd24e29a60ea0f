/**
 * The routes served beside tRPC (server/create-http-server.ts), on the server's root rather than /trpc.
 * tests/integration/openapi-is-complete.test.ts requests each one.
 */
export const httpRoutes = (baseUrl: string) => {
	const servers = [{ url: baseUrl }];
	const signedLink = [
		{ name: 'expires', in: 'query', required: false, schema: { type: 'integer' }, description: 'Unix seconds; part of a signed link' },
		{ name: 'signature', in: 'query', required: false, schema: { type: 'string' }, description: 'Part of a signed link: with it no key is needed' },
	];
	const failure = { default: { $ref: '#/components/responses/Error' } };
	return {
		'/files/{key}': {
			servers,
			get: {
				operationId: 'getFile',
				tags: ['files'],
				summary: 'A stored file: a render’s video (outputUrl), caption sidecars, poster, or a shared sample (samples/…)',
				description:
					'Signed links (outputUrl, outputs[].url, captionFiles[].url, access.links) work without a key until they expire; otherwise send a key. Supports `Range: bytes=…` (206 Partial Content). With an S3 bucket the answer is a redirect to a presigned URL.',
				security: [{}, { apiKey: [] }, { bearer: [] }],
				parameters: [
					{
						name: 'key',
						in: 'path',
						required: true,
						schema: { type: 'string' },
						description: 'Storage key, slashes included',
						example: 'samples/sample-clip.mp4',
					},
					{ name: 'Range', in: 'header', required: false, schema: { type: 'string' }, example: 'bytes=0-1023' },
					...signedLink,
				],
				responses: {
					'200': { description: 'The whole file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
					'206': {
						description: 'The requested range (Content-Range says which)',
						content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
					},
					'302': { description: 'Stored in a bucket: Location is a presigned URL' },
					...failure,
				},
			},
		},
		'/batches/{id}/outputs.zip': {
			servers,
			get: {
				operationId: 'getBatchOutputsZip',
				tags: ['batches'],
				summary: 'A zip of a batch’s finished videos with manifest.csv (a batch’s outputsZipUrl is a signed link to it)',
				security: [{ apiKey: [] }, { bearer: [] }, {}],
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, ...signedLink],
				responses: { '200': { description: 'The zip', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } }, ...failure },
			},
		},
		'/batches/{id}/results.csv': {
			servers,
			get: {
				operationId: 'getBatchResultsCsv',
				tags: ['batches'],
				summary: 'One CSV line per row of a batch: row, variant, status, render id, output URL, error, durations (resultsCsvUrl is a signed link to it)',
				security: [{ apiKey: [] }, { bearer: [] }, {}],
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, ...signedLink],
				responses: { '200': { description: 'The CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...failure },
			},
		},
		'/templates/{id}/thumbnail.png': {
			servers,
			get: {
				operationId: 'getTemplateThumbnail',
				tags: ['templates'],
				summary: 'A still of a template’s sample props',
				security: [{}],
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'quote-card' }],
				responses: { '200': { description: 'PNG', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } }, ...failure },
			},
		},
		'/openapi.json': {
			servers,
			get: {
				operationId: 'getOpenApiDocument',
				tags: ['meta'],
				summary: 'This document',
				security: [{}],
				responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
			},
		},
		'/healthz': {
			servers,
			get: {
				operationId: 'getHealth',
				tags: ['meta'],
				summary: 'Liveness: the process answers',
				security: [{}],
				responses: {
					'200': { description: '{ ok: true }', content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } } },
				},
			},
		},
		'/readyz': {
			servers,
			get: {
				operationId: 'getReadiness',
				tags: ['meta'],
				summary: 'Readiness: Redis, the database and at least one render worker',
				security: [{}],
				responses: {
					'200': { description: 'Ready', content: { 'application/json': { schema: { type: 'object' } } } },
					'503': { description: 'Not ready, with the reason', content: { 'application/json': { schema: { type: 'object' } } } },
				},
			},
		},
	};
};
