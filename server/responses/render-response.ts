import { z } from 'zod';
import { renderBackendSchema } from '../../core/contracts/render-backends.js';
import { renderStatusSchema } from '../../core/contracts/render-status.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { deliveryReportSchema } from '../../core/delivery/delivery-report.js';
import { clipProxyRecordSchema } from '../../core/renders/record-clip-proxies.js';
import { responseObject } from './response-object.js';
import { typedAs } from './typed-as.js';

/** Stored JSON, returned as stored (typed as Prisma's JsonValue, so views and responses agree). */
const json = (description: string) => typedAs<Prisma.JsonValue>(description);
const isoTime = (description: string) => z.string().describe(`${description} (ISO 8601)`);

/** A render as its workspace sees it (server/renders/render-view.ts). */
const renderFields = responseObject({
	id: z.string(),
	template: z.string().describe('Template id, see templates.list'),
	status: renderStatusSchema.describe('queued → rendering → encoding → uploading → done; or failed, cancelled. done, failed and cancelled are final'),
	progress: z.number().describe('0..1'),
	backend: renderBackendSchema.describe('Where it renders'),
	encoder: z.string().nullable().describe('Video encoder used (libx264, h264_nvenc, …); null before encoding'),
	chunkCount: z.number().nullable().describe('Chunks of a chunked render'),
	costEstimateUsd: z.number().nullable().describe('Estimated cost of a Lambda render'),
	lambda: json('Lambda render ids and progress, for Lambda renders'),
	error: z.string().nullable().describe('Why it failed, in one line'),
	attempts: z.number().describe('Times a worker started it'),
	outputSizeBytes: z.number().nullable(),
	width: z.number().nullable(),
	height: z.number().nullable(),
	fps: z.number().nullable(),
	durationInFrames: z.number().nullable(),
	stageTimings: json('Milliseconds spent per stage (bundle, render, encode, upload, …)'),
	batchId: z.string().nullable(),
	scriptId: z.string().nullable(),
	voiceoverId: z.string().nullable(),
	voiceoverCacheHit: z.boolean().nullable(),
	transcriptId: z.string().nullable().describe('Transcript the captions came from, see transcripts.get'),
	transcriptCacheHit: z.boolean().nullable(),
	captionsLanguage: z.string().nullable(),
	captionsNote: z.string().nullable(),
	avOffsetMs: z.number().nullable().describe('Measured audio/video offset of the file'),
	loudnessLufs: z.number().nullable(),
	truePeakDbtp: z.number().nullable(),
	metadata: json('What the request attached, returned as given'),
	variant: z.string().nullable().describe('A/B variant label of a batch row'),
	batchRow: z.number().nullable().describe('1-based row of its batch'),
	priority: z.number(),
	outputUrl: z.string().nullable().describe('The video, once done: a signed link that works without a key until it expires; supports Range'),
	outputs: z
		.array(responseObject({ kind: z.string(), contentType: z.string(), sizeBytes: z.number(), url: z.string() }))
		.describe('Every delivered file (video first, then soundtrack and poster when asked for)'),
	delivery: deliveryReportSchema.nullable().describe('What ffprobe and the loudness meter said about the file; null before done'),
	captionFiles: z
		.array(responseObject({ format: z.enum(['srt', 'vtt']), language: z.string().nullable(), url: z.string() }))
		.describe('SRT and WebVTT sidecars'),
	createdAt: isoTime('When it was asked for'),
	startedAt: isoTime('When a worker started it').nullable(),
	finishedAt: isoTime('When it finished').nullable(),
	clipProxies: z.array(clipProxyRecordSchema).describe('What each full-frame clip was drawn from: a proxy (which, and why) or its source'),
	outputsRemovedAt: isoTime('When storage clean-up removed its files (RETENTION_OUTPUTS_DAYS); its links are gone, the record stays').nullable(),
});

export const renderResponseSchema = renderFields.meta({ id: 'Render' });

/** renders.get adds the props it was asked with and where each imported clip came from. */
export const renderDetailResponseSchema = renderFields
	.extend({
		props: json('The template props, defaults filled'),
		clips: z
			.array(
				responseObject({
					id: z.string(),
					platform: z.string().nullable(),
					author: z.string().nullable(),
					sourceLink: z.string().nullable(),
					license: z.string().nullable(),
					title: z.string().nullable(),
				}),
			)
			.describe('Provenance of each imported clip in the video'),
	})
	.meta({ id: 'RenderDetail' });
