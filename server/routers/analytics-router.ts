import {
	analyticsCompareInputSchema,
	analyticsIdInputSchema,
	analyticsOverviewInputSchema,
	analyticsVariantsInputSchema,
} from '../../core/analytics/analytics-inputs.js';
import { analyticsOverview } from '../analytics/analytics-overview.js';
import { batchAnalytics, variantAnalytics } from '../analytics/batch-analytics.js';
import { comparePublications } from '../analytics/compare-publications.js';
import { renderAnalytics } from '../analytics/render-analytics.js';
import {
	analyticsOverviewResponseSchema,
	batchAnalyticsResponseSchema,
	compareAnalyticsResponseSchema,
	renderAnalyticsResponseSchema,
	variantAnalyticsResponseSchema,
} from '../responses/analytics-responses.js';
import { renderProcedure, router } from '../trpc.js';

/** Render telemetry and platform numbers. Where no platform is connected, answers say `{ connected: false, reason }` instead of numbers. */
export const analyticsRouter = router({
	overview: renderProcedure
		.meta({ summary: 'Render telemetry (counts, failures, stage timings, fps, backends, encoders, cost), publications and platform totals' })
		.input(analyticsOverviewInputSchema)
		.output(analyticsOverviewResponseSchema)
		.query(({ ctx, input }) => analyticsOverview(ctx.db, ctx.workspace.id, { since: input.since ? new Date(input.since) : undefined })),

	render: renderProcedure
		.meta({ summary: 'One render: telemetry and the metric series of each publication' })
		.input(analyticsIdInputSchema)
		.output(renderAnalyticsResponseSchema)
		.query(({ ctx, input }) => renderAnalytics(ctx.db, ctx.workspace.id, input.id)),

	batch: renderProcedure
		.meta({ summary: 'One batch: telemetry, platform totals and views by variant' })
		.input(analyticsIdInputSchema)
		.output(batchAnalyticsResponseSchema)
		.query(({ ctx, input }) => batchAnalytics(ctx.db, ctx.workspace.id, input.id)),

	variants: renderProcedure
		.meta({ summary: 'The A/B view of a batch: per variant, renders and mean metrics; significance on one metric' })
		.input(analyticsVariantsInputSchema)
		.output(variantAnalyticsResponseSchema)
		.query(({ ctx, input }) => variantAnalytics(ctx.db, ctx.workspace.id, input.batchId, input.metric)),

	compare: renderProcedure
		.meta({
			summary: "Groups by template, variant or interrupt density with n, mean and sd; Welch's t-test between the two leaders, a winner only when significant",
		})
		.input(analyticsCompareInputSchema)
		.output(compareAnalyticsResponseSchema)
		.query(({ ctx, input }) => comparePublications(ctx.db, ctx.workspace.id, input)),
});
