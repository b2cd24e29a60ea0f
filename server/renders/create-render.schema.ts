import { z } from 'zod';
import { renderBackendIds, renderBackends } from '../../core/contracts/render-backends.js';
import { renderOutputOptionsSchema } from '../../core/contracts/render-job.js';
import { narrationRequestSchema } from '../../core/scripts/narration-request-schema.js';
import { captionsRequestSchema } from '../../core/transcription/captions-request-schema.js';
import { voiceoverSpecSchema } from '../../core/voiceover/voiceover-spec.js';
import { stockBrollSchema } from '../stock/with-stock-broll.js';

export const webhookUrlSchema = z
	.url({ protocol: /^https?$/ })
	.max(2000)
	.describe('POSTed a signed JSON event when the render finishes');

export const requestedBackendSchema = z
	.enum([...renderBackendIds, 'auto'])
	.default('auto')
	.describe(
		`Where it renders: ${renderBackendIds.map((id) => `${id} (${renderBackends[id].description.toLowerCase()})`).join('; ')}; or auto (Lambda when configured and the local queue is deep or the video long, else local workers)`,
	);

export const createRenderInputSchema = z.object({
	template: z.string().min(1).max(100),
	props: z.record(z.string(), z.unknown()).default({}),
	output: renderOutputOptionsSchema.prefault({}),
	brandKitId: z
		.string()
		.min(1)
		.max(100)
		.optional()
		.describe(
			"A brand kit of the workspace: its colours, font, caption style, logo, watermark, intro and outro go under the props (the props' own values win)",
		),
	stockBroll: stockBrollSchema.optional(),
	narration: narrationRequestSchema.optional().describe('Speak a stored script or text; captions follow the voice'),
	voice: voiceoverSpecSchema.prefault({}),
	captions: captionsRequestSchema
		.optional()
		.describe(
			"Where the captions come from: the voiceover (default), the clip's speech (transcribe), a known text aligned to it (align), or an SRT/WebVTT file (subtitles)",
		),
	backend: requestedBackendSchema,
	/** 1 is the most urgent; batch rows default lower than one-off renders. */
	priority: z.number().int().min(1).max(1000).default(10),
	idempotencyKey: z.string().min(8).max(200).optional().describe('Retrying a request with the same key returns the render it made instead of a new one'),
	webhook: z.object({ url: webhookUrlSchema }).optional(),
	metadata: z
		.record(z.string(), z.unknown())
		.optional()
		.refine((value) => value === undefined || JSON.stringify(value).length <= 16_384, 'must be at most 16 KiB as JSON')
		.describe('Your own data, returned with the render and its webhook events'),
});
export type CreateRenderInput = z.infer<typeof createRenderInputSchema>;
