import { z } from 'zod';
import { renderOutputOptionsSchema } from '../../core/contracts/render-job.js';
import { captionsRequestSchema } from '../../core/transcription/captions-request-schema.js';
import { voiceoverSpecSchema } from '../../core/voiceover/voiceover-spec.js';
import { requestedBackendSchema, webhookUrlSchema } from '../renders/create-render.schema.js';

export const MAX_BATCH_ROWS = 5000;

export const batchRowsInputSchema = z
	.object({
		template: z.string().min(1).max(100),
		baseProps: z.record(z.string(), z.unknown()).default({}).describe('Props every row starts from'),
		rows: z.array(z.record(z.string(), z.unknown())).max(MAX_BATCH_ROWS).optional().describe('Rows as JSON objects'),
		csv: z.string().max(5_000_000).optional().describe('Rows as CSV text with a header row'),
		mapping: z
			.record(z.string().max(200), z.string().max(200))
			.default({})
			.describe('Column → prop path, for example { "hook": "hook.text", "clip": "clips.0.src" }; unmapped JSON keys are used as paths'),
		variants: z
			.object({ path: z.string().min(1).max(200), values: z.array(z.unknown()).min(1).max(10) })
			.optional()
			.describe('Render each row once per value at `path` (labelled A, B, …) for A/B tests'),
		narrationColumn: z.string().max(200).optional().describe('Column whose text is spoken (offline voice unless `voice` says otherwise)'),
	})
	.refine((input) => (input.rows === undefined) !== (input.csv === undefined), { message: 'give exactly one of rows or csv', path: ['rows'] });

export const createBatchInputSchema = batchRowsInputSchema.and(
	z.object({
		name: z.string().max(200).optional(),
		output: renderOutputOptionsSchema.prefault({}),
		voice: voiceoverSpecSchema.prefault({}),
		captions: captionsRequestSchema
			.optional()
			.describe("Every row's captions source; each row's own clip is transcribed once per content, and rows with the same clip share the transcript"),
		priority: z.number().int().min(1).max(1000).default(50).describe('Batch rows queue behind one-off renders (10) by default'),
		backend: requestedBackendSchema,
		webhook: z.object({ url: webhookUrlSchema }).optional(),
		metadata: z.record(z.string(), z.unknown()).optional(),
		brandKitId: z
			.string()
			.min(1)
			.max(100)
			.optional()
			.describe("A brand kit of the workspace, applied to every row as renders.create applies it (each row's own values win)"),
		onInvalidRows: z
			.enum(['fail', 'skip'])
			.default('fail')
			.describe('fail: a bad row refuses the whole batch; skip: good rows render, bad rows are listed in skippedRows with their reasons'),
	}),
);

export type BatchRowsInput = z.infer<typeof batchRowsInputSchema>;
export type CreateBatchInput = z.infer<typeof createBatchInputSchema>;
