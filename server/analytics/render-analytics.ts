import { TRPCError } from '@trpc/server';
import type { Database } from '../../core/db/create-database.js';
import { failureReasonOf } from '../http/failure-reason-of.js';
import { interruptDensityOf } from './interrupt-density-of.js';
import { metricValuesSelect } from './metric-values-select.js';
import { platformConnectionOf } from './platform-connection-of.js';

/** One render: its telemetry, and for each publication the metric time series, oldest first (for charts). */
export const renderAnalytics = async (db: Database, workspaceId: string, id: string) => {
	const render = await db.render.findFirst({
		where: { id, workspaceId },
		select: {
			id: true,
			template: true,
			props: true,
			status: true,
			error: true,
			stageTimings: true,
			fps: true,
			durationInFrames: true,
			width: true,
			height: true,
			backend: true,
			encoder: true,
			costEstimateUsd: true,
			batchId: true,
			variant: true,
			startedAt: true,
			finishedAt: true,
			publications: {
				select: {
					id: true,
					kind: true,
					status: true,
					platformId: true,
					url: true,
					publishedAt: true,
					metricSamples: {
						orderBy: { capturedAt: 'asc' },
						select: { capturedAt: true, ...metricValuesSelect, retention: true },
					},
				},
				orderBy: { createdAt: 'asc' },
			},
		},
	});
	if (!render) throw new TRPCError({ code: 'NOT_FOUND', message: `No render '${id}'` });
	const { props, publications, startedAt, finishedAt, ...rest } = render;
	const renderMs = (render.stageTimings as { renderMs?: number } | null)?.renderMs;
	return {
		telemetry: {
			...rest,
			failureReason: render.status === 'failed' ? failureReasonOf(render.error) : null,
			renderFps: render.durationInFrames && renderMs ? Math.round((render.durationInFrames / (renderMs / 1000)) * 100) / 100 : null,
			totalMs: startedAt && finishedAt ? finishedAt.getTime() - startedAt.getTime() : null,
			interruptDensity: interruptDensityOf({ template: render.template, props, fps: render.fps, durationInFrames: render.durationInFrames }),
		},
		platforms: await platformConnectionOf(db, workspaceId),
		publications: publications.map(({ metricSamples, publishedAt, ...publication }) => ({
			...publication,
			publishedAt: publishedAt?.toISOString() ?? null,
			series: metricSamples.map((sample) => ({ ...sample, capturedAt: sample.capturedAt.toISOString() })),
		})),
	};
};
