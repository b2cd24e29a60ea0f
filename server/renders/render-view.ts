import type { RenderStatus } from '../../core/contracts/render-status.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import type { ServerContext } from '../context.js';
import { fileUrlIn } from '../files/file-url-in.js';

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
	metadata: true,
	variant: true,
	batchRow: true,
	priority: true,
	createdAt: true,
	startedAt: true,
	finishedAt: true,
} satisfies Prisma.RenderSelect;

type SelectedRender = Prisma.RenderGetPayload<{ select: typeof renderSelect }>;

export type RenderView = Omit<SelectedRender, 'outputKey' | 'createdAt' | 'startedAt' | 'finishedAt' | 'status'> & {
	status: RenderStatus;
	outputUrl: string | null;
	createdAt: string;
	startedAt: string | null;
	finishedAt: string | null;
};

/** What a render looks like to its workspace: `outputUrl` is a signed link that works without a key until it expires. */
export const toRenderView = (render: SelectedRender, ctx: Pick<ServerContext, 'links' | 'storage'>): RenderView => {
	const { outputKey, createdAt, startedAt, finishedAt, ...rest } = render;
	return {
		...rest,
		outputUrl: outputKey && render.status === 'done' ? fileUrlIn(ctx, outputKey) : null,
		createdAt: createdAt.toISOString(),
		startedAt: startedAt?.toISOString() ?? null,
		finishedAt: finishedAt?.toISOString() ?? null,
	};
};
