import type { RenderStatus } from '../../core/contracts/render-status.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';

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

export const toRenderView = (render: SelectedRender, baseUrl: string): RenderView => {
	const { outputKey, createdAt, startedAt, finishedAt, ...rest } = render;
	return {
		...rest,
		outputUrl: outputKey && render.status === 'done' ? `${baseUrl}/files/${outputKey}` : null,
		createdAt: createdAt.toISOString(),
		startedAt: startedAt?.toISOString() ?? null,
		finishedAt: finishedAt?.toISOString() ?? null,
	};
};
