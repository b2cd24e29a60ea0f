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
import { renderProcedure, router } from '../trpc.js';

/** Render telemetry and platform numbers. Where no platform is connected, answers say `{ connected: false, reason }` instead of numbers. */
export const analyticsRouter = router({
	overview: renderProcedure
		.input(analyticsOverviewInputSchema)
		.query(({ ctx, input }) => analyticsOverview(ctx.db, ctx.workspace.id, { since: input.since ? new Date(input.since) : undefined })),

	render: renderProcedure.input(analyticsIdInputSchema).query(({ ctx, input }) => renderAnalytics(ctx.db, ctx.workspace.id, input.id)),

	batch: renderProcedure.input(analyticsIdInputSchema).query(({ ctx, input }) => batchAnalytics(ctx.db, ctx.workspace.id, input.id)),

	variants: renderProcedure
		.input(analyticsVariantsInputSchema)
		.query(({ ctx, input }) => variantAnalytics(ctx.db, ctx.workspace.id, input.batchId, input.metric)),

	compare: renderProcedure.input(analyticsCompareInputSchema).query(({ ctx, input }) => comparePublications(ctx.db, ctx.workspace.id, input)),
});
