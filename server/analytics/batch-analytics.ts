import { TRPCError } from '@trpc/server';
import { type ComparisonMetric, comparisonMetricSchema } from '../../core/analytics/analytics-inputs.js';
import type { Database } from '../../core/db/create-database.js';
import { groupAndCompare, measuredPublicationsOf, NO_VARIANT } from './compare-publications.js';
import { platformConnectionOf } from './platform-connection-of.js';
import { platformTotalsOf } from './platform-totals-of.js';
import { renderTelemetryOf } from './render-telemetry-of.js';
import { summarizeNumbers } from './summarize-numbers.js';

const telemetrySelect = {
	variant: true,
	status: true,
	error: true,
	stageTimings: true,
	fps: true,
	durationInFrames: true,
	backend: true,
	encoder: true,
	costEstimateUsd: true,
} as const;

const findBatchRenders = async (db: Database, workspaceId: string, batchId: string) => {
	const batch = await db.batch.findFirst({
		where: { id: batchId, workspaceId },
		select: { id: true, template: true, name: true, rowCount: true, createdAt: true },
	});
	if (!batch) throw new TRPCError({ code: 'NOT_FOUND', message: `No batch '${batchId}'` });
	const renders = await db.render.findMany({ where: { batchId, workspaceId }, select: telemetrySelect });
	return { batch, renders };
};

/** A batch: render telemetry over its rows, platform totals of its videos, and how its variants compare on views. */
export const batchAnalytics = async (db: Database, workspaceId: string, batchId: string) => {
	const { batch, renders } = await findBatchRenders(db, workspaceId, batchId);
	const measured = (await platformConnectionOf(db, workspaceId)).connected ? await measuredPublicationsOf(db, { workspaceId, render: { batchId } }) : [];
	return {
		batch: { ...batch, createdAt: batch.createdAt.toISOString() },
		telemetry: renderTelemetryOf(renders),
		platforms: await platformTotalsOf(db, workspaceId, { render: { batchId } }),
		variants: [...new Set(renders.map((render) => render.variant ?? NO_VARIANT))].sort(),
		viewsByVariant: groupAndCompare(measured, 'variant', 'views'),
	};
};

/**
 * The A/B view of a batch: per variant, its renders and the mean of every platform metric over its published videos,
 * and the significance of the difference on `metric`.
 */
export const variantAnalytics = async (db: Database, workspaceId: string, batchId: string, metric: ComparisonMetric) => {
	const { renders } = await findBatchRenders(db, workspaceId, batchId);
	const connection = await platformConnectionOf(db, workspaceId);
	const measured = connection.connected ? await measuredPublicationsOf(db, { workspaceId, render: { batchId } }) : [];
	const keys = [...new Set(renders.map((render) => render.variant ?? NO_VARIANT))].sort();
	const variants = keys.map((variant) => {
		const own = renders.filter((render) => (render.variant ?? NO_VARIANT) === variant);
		const videos = measured.filter((entry) => entry.variant === variant);
		return {
			variant,
			renders: own.length,
			done: own.filter((render) => render.status === 'done').length,
			failed: own.filter((render) => render.status === 'failed').length,
			measuredVideos: videos.length,
			metrics: Object.fromEntries(
				comparisonMetricSchema.options.map((name) => {
					const { n, mean, median } = summarizeNumbers(videos.map((entry) => entry.sample[name]));
					return [name, { n, mean, median }];
				}),
			),
		};
	});
	return {
		batchId,
		metric,
		variants,
		comparison: connection.connected ? { connected: true as const, ...groupAndCompare(measured, 'variant', metric) } : connection,
	};
};
