import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { templates } from '../../compositions/templates.js';
import { narrationRequestSchema } from '../../core/scripts/narration-request-schema.js';
import { voiceoverSpecSchema } from '../../core/voiceover/voiceover-spec.js';
import { callProcedureOverHttp, describeAnswer, postRaw } from '../support/call-procedure-over-http.js';
import { smallCaptionedClipProps, startTestStack, type TestStack } from '../support/start-test-stack.js';

const NUM_RUNS = 100;
let stack: TestStack;

beforeAll(async () => {
	// Hundreds of calls from one address: the rate limit is not what is under test here.
	stack = await startTestStack({ worker: false, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
});
afterAll(async () => {
	await stack?.stop();
});

const templateIds = templates.map((template) => template.id);
const json = fc.jsonValue({ maxDepth: 4 });
const smallJson = fc.jsonValue({ maxDepth: 2 });
const id = fc.oneof(fc.string({ maxLength: 120 }), fc.uuid(), fc.constantFrom('', '../../etc/passwd', '%00', '\u0000', 'x'.repeat(101)));
const templateId = fc.oneof(fc.constantFrom(...templateIds), fc.string({ maxLength: 120 }), fc.constantFrom('../clip-story', 'CLIP-STORY', '__proto__'));
const src = fc.oneof(
	fc.constantFrom(
		'storage:samples/clip.mp4',
		'storage:../../etc/passwd',
		'storage:/etc/passwd',
		'storage:.hidden/x',
		'file:///etc/passwd',
		'http://169.254.169.254/latest/meta-data',
		'javascript:alert(1)',
	),
	fc.webUrl(),
	fc.string({ maxLength: 60 }),
);
const captionText = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg/onload=alert(1)>'),
);
const captionedClipLike = fc.record(
	{
		durationInSeconds: fc.oneof(fc.double(), fc.integer(), smallJson),
		background: fc.oneof(fc.record({ src }), smallJson),
		captions: fc.oneof(
			fc.record({ words: fc.array(fc.record({ text: captionText, startMs: fc.oneof(fc.integer(), fc.double()), endMs: fc.integer() }), { maxLength: 5 }) }),
			smallJson,
		),
	},
	{ requiredKeys: [] },
);
const props = fc.oneof(
	fc.dictionary(fc.string({ maxLength: 20 }), json, { maxKeys: 6 }),
	captionedClipLike,
	fc.constant(smallCaptionedClipProps('storage:samples/clip.mp4')),
	json,
);
const narration = fc.oneof(fc.record({ text: fc.string({ maxLength: 200 }) }), fc.record({ scriptId: id }), smallJson);
const createRenderInput = fc.oneof(
	json,
	fc.record(
		{
			template: templateId,
			props,
			output: fc.oneof(smallJson, fc.record({ scale: fc.double(), format: fc.string(), codec: fc.string() }, { requiredKeys: [] })),
			narration,
			voice: smallJson,
			priority: fc.oneof(fc.integer(), fc.double(), smallJson),
			idempotencyKey: fc.string({ maxLength: 220 }),
			webhook: fc.oneof(fc.record({ url: src }), smallJson),
			metadata: fc.oneof(fc.dictionary(fc.string(), json), smallJson),
		},
		{ requiredKeys: ['template'] },
	),
);
const csv = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc
		.array(fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })
		.map((rows) => rows.map((cells) => cells.join(',')).join('\n')),
	fc.constantFrom('hook\n"unterminated', 'a,a\n1,2', '\uFEFF', '', 'x\n1,2,3,4'),
);
const batchInput = fc.oneof(
	json,
	fc.record(
		{
			template: templateId,
			baseProps: props,
			rows: fc.oneof(fc.array(fc.dictionary(fc.string({ maxLength: 20 }), smallJson, { maxKeys: 4 }), { maxLength: 5 }), smallJson),
			csv,
			mapping: fc.oneof(
				fc.dictionary(
					fc.string({ maxLength: 10 }),
					fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('__proto__.x', 'a..b', 'clips.0.src', 'constructor.prototype')),
				),
				smallJson,
			),
			variants: fc.oneof(fc.record({ path: fc.oneof(fc.string(), fc.constant('__proto__')), values: fc.array(smallJson, { maxLength: 12 }) }), smallJson),
			narrationColumn: fc.string({ maxLength: 20 }),
			name: fc.string(),
			priority: fc.integer(),
		},
		{ requiredKeys: ['template'] },
	),
);
const clipUrl = fc.oneof(
	fc.constantFrom('http://127.0.0.1:1/clip.mp4', 'http://[::1]:1/clip.mp4', 'http://localhost:1/clip.mp4', 'ftp://127.0.0.1/clip.mp4', 'file:///etc/passwd'),
	fc.string({ maxLength: 40 }),
);
const clipsImportInput = fc.oneof(
	json,
	fc.record(
		{
			items: fc.oneof(
				fc.array(
					fc.record(
						{
							url: clipUrl,
							dataBase64: fc.string({ maxLength: 64 }),
							platform: fc.string(),
							sourceLink: fc.string(),
							stats: fc.oneof(fc.dictionary(fc.string(), fc.double()), smallJson),
						},
						{ requiredKeys: [] },
					),
					{ maxLength: 3 },
				),
				smallJson,
			),
		},
		{ requiredKeys: [] },
	),
);
const scriptInput = fc.oneof(
	json,
	fc.record(
		{
			title: fc.oneof(fc.string({ maxLength: 250 }), smallJson),
			language: fc.oneof(fc.constantFrom('en', 'en-US', 'xx-XXXXX', '../'), fc.string({ maxLength: 8 })),
			hook: fc.oneof(fc.string({ maxLength: 600 }), smallJson),
			beats: fc.oneof(fc.array(fc.record({ text: fc.string({ maxLength: 50 }), clipHint: fc.string() }, { requiredKeys: [] }), { maxLength: 4 }), smallJson),
			callToAction: fc.string({ maxLength: 350 }),
		},
		{ requiredKeys: [] },
	),
);
// Any input the preview accepts would synthesise speech; only inputs it must refuse (or a script that does not exist) are sent.
const previewSchema = z.object({ narration: narrationRequestSchema, voice: voiceoverSpecSchema.prefault({}) });
const badPreviewInput = fc.oneof(
	json.filter((input) => !previewSchema.safeParse(input).success),
	fc.record({ narration: fc.record({ scriptId: fc.uuid() }) }),
	fc.record({ narration: fc.record({ text: fc.constantFrom('', '   ', '\n') }), voice: smallJson }),
);
const idInput = fc.oneof(json, fc.record({ id }, { requiredKeys: [] }));
const listInput = fc.oneof(
	json,
	fc.record(
		{
			status: fc.oneof(fc.constantFrom('queued', 'done', 'failed'), fc.string()),
			template: fc.string(),
			createdAfter: fc.oneof(
				fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
				fc.string(),
			),
			limit: fc.oneof(fc.integer(), fc.double()),
			cursor: id,
		},
		{ requiredKeys: [] },
	),
);
const provider = fc.oneof(fc.constantFrom('youtube', 'tiktok', 'YOUTUBE', 'instagram', '__proto__'), fc.string({ maxLength: 20 }));
const connectInput = fc.oneof(
	json,
	fc.record({ provider, redirectUri: fc.oneof(src, fc.constantFrom('http://127.0.0.1:1/cb', 'https://evil.test/cb')) }, { requiredKeys: [] }),
);
const text = (maxLength: number) => fc.oneof(fc.string({ maxLength }), captionText, smallJson);
const target = fc.oneof(
	json,
	fc.record({ kind: fc.constantFrom('webhook'), url: fc.oneof(src, clipUrl) }, { requiredKeys: [] }),
	fc.record(
		{
			kind: fc.constantFrom('s3'),
			bucket: fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom('my-bucket', '..')),
			key: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('../../etc/passwd', '/abs', 'a/b.mp4')),
		},
		{ requiredKeys: [] },
	),
	fc.record(
		{
			kind: fc.oneof(fc.constantFrom('youtube', 'tiktok'), fc.string({ maxLength: 10 })),
			accountId: id,
			title: text(120),
			description: text(300),
			caption: text(300),
			tags: fc.oneof(fc.array(fc.string({ maxLength: 30 }), { maxLength: 60 }), smallJson),
			privacy: fc.oneof(fc.constantFrom('public', 'private', 'unlisted'), fc.string()),
			privacyLevel: fc.oneof(fc.constantFrom('SELF_ONLY', 'PUBLIC_TO_EVERYONE'), fc.string()),
			publishAt: fc.oneof(
				fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
				fc.string(),
			),
			thumbnailFrame: fc.oneof(fc.integer(), fc.double()),
			madeForKids: fc.oneof(fc.boolean(), smallJson),
		},
		{ requiredKeys: ['kind'] },
	),
);
const createPublicationInput = fc.oneof(json, fc.record({ renderId: id, target }, { requiredKeys: [] }));
const listPublicationsInput = fc.oneof(json, fc.record({ renderId: id, limit: fc.oneof(fc.integer(), fc.double(), smallJson) }, { requiredKeys: [] }));
const metric = fc.oneof(fc.constantFrom('views', 'likes', 'watchTimeSeconds', 'toString', '__proto__'), fc.string({ maxLength: 20 }));
const sinceInput = fc.oneof(
	json,
	fc.record(
		{
			since: fc.oneof(
				fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
				fc.string({ maxLength: 40 }),
				fc.constantFrom('9999-99-99T00:00:00Z'),
			),
		},
		{ requiredKeys: [] },
	),
);
const variantsInput = fc.oneof(json, fc.record({ batchId: id, metric }, { requiredKeys: [] }));
const compareInput = fc.oneof(
	json,
	fc.record(
		{ by: fc.oneof(fc.constantFrom('template', 'variant', 'interruptDensity', 'constructor'), fc.string()), metric, batchId: id, provider },
		{ requiredKeys: [] },
	),
);

// Queries travel in the URL: keep them under Node's header-size limit, which is not what is under test.
const fitsInUrl = (input: unknown) => encodeURIComponent(JSON.stringify(input) ?? '').length < 6000;

const cases: { procedure: string; kind: 'query' | 'mutation'; input: fc.Arbitrary<unknown> }[] = [
	{ procedure: 'renders.create', kind: 'mutation', input: createRenderInput },
	{ procedure: 'renders.get', kind: 'query', input: idInput.filter(fitsInUrl) },
	{ procedure: 'renders.list', kind: 'query', input: listInput.filter(fitsInUrl) },
	{ procedure: 'renders.cancel', kind: 'mutation', input: idInput },
	{ procedure: 'renders.retry', kind: 'mutation', input: idInput },
	{ procedure: 'batches.validate', kind: 'mutation', input: batchInput },
	{ procedure: 'batches.create', kind: 'mutation', input: batchInput },
	{ procedure: 'batches.get', kind: 'query', input: idInput.filter(fitsInUrl) },
	{ procedure: 'clips.import', kind: 'mutation', input: clipsImportInput },
	{ procedure: 'scripts.create', kind: 'mutation', input: scriptInput },
	{ procedure: 'scripts.get', kind: 'query', input: idInput.filter(fitsInUrl) },
	{ procedure: 'voiceovers.preview', kind: 'mutation', input: badPreviewInput },
	{ procedure: 'templates.get', kind: 'query', input: fc.oneof(idInput, fc.record({ id: templateId })).filter(fitsInUrl) },
	{ procedure: 'accounts.providers', kind: 'query', input: json.filter(fitsInUrl) },
	{ procedure: 'accounts.list', kind: 'query', input: json.filter(fitsInUrl) },
	{ procedure: 'accounts.connectUrl', kind: 'mutation', input: connectInput },
	{ procedure: 'accounts.disconnect', kind: 'mutation', input: idInput },
	{ procedure: 'publications.create', kind: 'mutation', input: createPublicationInput },
	{ procedure: 'publications.list', kind: 'query', input: listPublicationsInput.filter(fitsInUrl) },
	{ procedure: 'publications.get', kind: 'query', input: idInput.filter(fitsInUrl) },
	{ procedure: 'publications.retry', kind: 'mutation', input: idInput },
	{ procedure: 'analytics.overview', kind: 'query', input: sinceInput.filter(fitsInUrl) },
	{ procedure: 'analytics.render', kind: 'query', input: idInput.filter(fitsInUrl) },
	{ procedure: 'analytics.batch', kind: 'query', input: idInput.filter(fitsInUrl) },
	{ procedure: 'analytics.variants', kind: 'query', input: variantsInput.filter(fitsInUrl) },
	{ procedure: 'analytics.compare', kind: 'query', input: compareInput.filter(fitsInUrl) },
];

const expectStillHealthy = async () => {
	const health = await fetch(`${stack.api.url}/healthz`);
	expect(health.status).toBe(200);
};

describe('every public procedure answers arbitrary input with a 2xx or a 4xx that says why', () => {
	it.each(cases)('$procedure', async ({ procedure, kind, input }) => {
		await fc.assert(
			fc.asyncProperty(input, async (value) => {
				const answer = describeAnswer(await callProcedureOverHttp(stack.api.url, procedure, kind, value));
				expect(answer, `${procedure} answered ${answer.status} to ${JSON.stringify(value)?.slice(0, 300)}`).toMatchObject({ ok: true });
			}),
			{ numRuns: NUM_RUNS },
		);
		await expectStillHealthy();
	});

	it('answers a body that is not JSON with a 4xx that says why', async () => {
		const procedures = cases.filter((entry) => entry.kind === 'mutation').map((entry) => entry.procedure);
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...procedures), fc.string({ maxLength: 200 }), async (procedure, body) => {
				const answer = describeAnswer(await postRaw(`${stack.api.url}/trpc/${procedure}`, body));
				expect(answer, `${procedure} answered ${answer.status} to the body ${JSON.stringify(body)}`).toMatchObject({ ok: true });
			}),
			{ numRuns: NUM_RUNS },
		);
		await expectStillHealthy();
	});
});
