import { z } from 'zod';
import {
	analyticsCompareInputSchema,
	analyticsIdInputSchema,
	analyticsOverviewInputSchema,
	analyticsVariantsInputSchema,
} from '../../core/analytics/analytics-inputs.js';
import { createBatchInputSchema } from '../batches/create-batch.schema.js';
import {
	connectAccountInputSchema,
	createPublicationInputSchema,
	listPublicationsInputSchema,
	publishingIdInputSchema,
} from '../publishing/publishing-inputs.js';
import { createRenderInputSchema } from '../renders/create-render.schema.js';

const schemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
const idInput = z.object({ id: z.string() });

/** tRPC answers `{ result: { data } }`, and errors `{ error: { message, code, data: { code, httpStatus, issues } } }`. */
const envelope = (description: string) => ({
	type: 'object',
	properties: { result: { type: 'object', properties: { data: { description } } } },
});
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

const RENDER_OR_BATCH = 'The render or batch (see renders.get in the README)';
const ok = (answer: string) => ({ '200': { description: 'OK', content: { 'application/json': { schema: envelope(answer) } } }, default: errorEnvelope });

const mutation = (summary: string, input: z.ZodType, answer = RENDER_OR_BATCH) => ({
	post: {
		summary,
		requestBody: { required: true, content: { 'application/json': { schema: schemaOf(input) } } },
		responses: ok(answer),
	},
});

/** An input with defaults for everything (or none at all) may be left out of the URL. */
const query = (summary: string, input: z.ZodType | null, answer = RENDER_OR_BATCH) => ({
	get: {
		summary,
		parameters: input
			? [
					{
						name: 'input',
						in: 'query',
						required: !input.safeParse(undefined).success,
						description: `URL-encoded JSON: ${JSON.stringify(schemaOf(input))}`,
						schema: { type: 'string' },
					},
				]
			: [],
		responses: ok(answer),
	},
});

const PUBLICATION =
	'The publication: id, renderId, kind, target, status (queued | uploading | processing | published | failed), platformId, url, attempts, error, errorReason';
const NOT_CONNECTED = 'Platform numbers need a connected account: without one the answer is { connected: false, reason } instead';

/**
 * The main render, batch, publishing and analytics operations as plain HTTP, for clients that cannot use tRPC's TypeScript types.
 * These are the tRPC procedures themselves: mutations are POSTs with the input as the JSON body, queries GETs with
 * `?input=<URL-encoded JSON>`.
 */
export const openApiDocument = (baseUrl: string) => ({
	openapi: '3.1.0',
	info: {
		title: 'Reelforge API',
		version: '1',
		description: 'Renders, batches, publishing and analytics over plain HTTP. Authenticate with `Authorization: Bearer <key>`.',
	},
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
		'/accounts.providers': query('Which platforms this server can connect (their app credentials are set)', null, '[{ provider, configured }]'),
		'/accounts.list': query(
			'Connected YouTube and TikTok accounts with their scopes, never their tokens',
			null,
			'[{ id, provider, displayName, handle, scopes, expiresAt, connectedAt }]',
		),
		'/accounts.connectUrl': mutation(
			"Start connecting an account: stores a one-time state and answers the provider's consent URL to send the user to",
			connectAccountInputSchema,
			'{ url, state }',
		),
		'/accounts.disconnect': mutation('Forget an account and its tokens', publishingIdInputSchema, '{ id, disconnected: true }'),
		'/publications.create': mutation(
			'Publish a done render to YouTube, TikTok, a webhook or S3; the same render and target again answers the same publication',
			createPublicationInputSchema,
			PUBLICATION,
		),
		'/publications.list': query('Publications, newest first, optionally of one render', listPublicationsInputSchema, `[${PUBLICATION}]`),
		'/publications.get': query('One publication', publishingIdInputSchema, PUBLICATION),
		'/publications.retry': mutation('Queue a failed publication again', publishingIdInputSchema, PUBLICATION),
		'/analytics.overview': query(
			'Render telemetry (counts, failures, stage timings, fps, backends, encoders, cost), publications and platform totals',
			analyticsOverviewInputSchema,
			`{ since, telemetry, publications, platforms }. ${NOT_CONNECTED} in platforms`,
		),
		'/analytics.render': query(
			'One render: telemetry and the metric series of each publication',
			analyticsIdInputSchema,
			'{ telemetry, platforms, publications }',
		),
		'/analytics.batch': query(
			'One batch: telemetry, platform totals and views by variant',
			analyticsIdInputSchema,
			'{ batch, telemetry, platforms, variants, viewsByVariant }',
		),
		'/analytics.variants': query(
			'The A/B view of a batch: per variant, renders and mean metrics; significance on one metric',
			analyticsVariantsInputSchema,
			'{ batchId, metric, variants, comparison }',
		),
		'/analytics.compare': query(
			"Groups by template, variant or interrupt density with n, mean and sd; Welch's t-test between the two leaders, a winner only when significant",
			analyticsCompareInputSchema,
			`{ by, metric, connected, groups, significance }. ${NOT_CONNECTED}`,
		),
	},
});
