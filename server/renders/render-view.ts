import { z } from 'zod';
import type { RenderStatus } from '../../core/contracts/render-status.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { type DeliveryReport, deliveryReportSchema } from '../../core/delivery/delivery-report.js';
import { captionFilesOf } from '../../core/renders/caption-files-of.js';
import { type ClipProxyRecord, clipProxyRecordSchema } from '../../core/renders/record-clip-proxies.js';
import type { ServerContext } from '../context.js';
import { fileUrlIn } from '../files/file-url-in.js';
import { renderOutputsOf } from '../files/render-outputs-of.js';

/** The fields a render exposes; anything not listed here never leaves the server. */
export const renderSelect = {
	id: true,
	template: true,
	status: true,
	progress: true,
	backend: true,
	encoder: true,
	chunkCount: true,
	costEstimateUsd: true,
	lambda: true,
	error: true,
	attempts: true,
	outputKey: true,
	outputSizeBytes: true,
	width: true,
	height: true,
	fps: true,
	durationInFrames: true,
	stageTimings: true,
	batchId: true,
	scriptId: true,
	voiceoverId: true,
	voiceoverCacheHit: true,
	transcriptId: true,
	transcriptCacheHit: true,
	captionsLanguage: true,
	captionsNote: true,
	captionFiles: true,
	avOffsetMs: true,
	loudnessLufs: true,
	truePeakDbtp: true,
	delivery: true,
	outputs: true,
	metadata: true,
	variant: true,
	batchRow: true,
	priority: true,
	createdAt: true,
	startedAt: true,
	finishedAt: true,
	outputsRemovedAt: true,
	clipProxies: true,
} satisfies Prisma.RenderSelect;

type SelectedRender = Prisma.RenderGetPayload<{ select: typeof renderSelect }>;

export type RenderView = Omit<
	SelectedRender,
	'outputKey' | 'createdAt' | 'startedAt' | 'finishedAt' | 'outputsRemovedAt' | 'clipProxies' | 'status' | 'captionFiles' | 'delivery' | 'outputs'
> & {
	status: RenderStatus;
	outputUrl: string | null;
	/** Every file a finished render delivered (the video first, then the soundtrack alone and the poster when asked for), each a link like outputUrl. */
	outputs: { kind: string; contentType: string; sizeBytes: number; url: string }[];
	/** What ffprobe and the loudness meter said about the delivered file (null before it is finished). */
	delivery: DeliveryReport | null;
	/** The SRT and WebVTT sidecars of a finished render with captions, each a link like outputUrl. */
	captionFiles: { format: 'srt' | 'vtt'; language: string | null; url: string }[];
	createdAt: string;
	startedAt: string | null;
	finishedAt: string | null;
	/** When storage gc removed the files of this done render (RETENTION_OUTPUTS_DAYS): its links are gone, the record stays. */
	outputsRemovedAt: string | null;
	/** What each full-frame clip was drawn from (a proxy, which and why, or its source), once its media was prepared. */
	clipProxies: ClipProxyRecord[];
};

/** What a render looks like to its workspace: `outputUrl` works without a key until it expires (see fileUrlIn). */
export const toRenderView = async (render: SelectedRender, ctx: Pick<ServerContext, 'links' | 'storage' | 'config'>): Promise<RenderView> => {
	const { outputKey, createdAt, startedAt, finishedAt, outputsRemovedAt, clipProxies, captionFiles, delivery, outputs, ...rest } = render;
	const done = render.status === 'done';
	const report = deliveryReportSchema.safeParse(delivery);
	return {
		...rest,
		outputs: done
			? await Promise.all(
					renderOutputsOf(outputs).map(async ({ kind, contentType, sizeBytes, key }) => ({ kind, contentType, sizeBytes, url: await fileUrlIn(ctx, key) })),
				)
			: [],
		delivery: report.success ? report.data : null,
		captionFiles: done
			? await Promise.all(captionFilesOf(captionFiles).map(async ({ format, language, key }) => ({ format, language, url: await fileUrlIn(ctx, key) })))
			: [],
		outputUrl: outputKey && render.status === 'done' ? await fileUrlIn(ctx, outputKey) : null,
		createdAt: createdAt.toISOString(),
		startedAt: startedAt?.toISOString() ?? null,
		finishedAt: finishedAt?.toISOString() ?? null,
		outputsRemovedAt: outputsRemovedAt?.toISOString() ?? null,
		clipProxies: z
			.array(clipProxyRecordSchema)
			.catch([])
			.parse(clipProxies ?? []),
	};
};
