import { z } from 'zod';
import { analyticsOverview } from '../analytics/analytics-overview.js';
import { batchAnalytics, variantAnalytics } from '../analytics/batch-analytics.js';
import { comparePublications, comparisonDimensionSchema, comparisonMetricSchema } from '../analytics/compare-publications.js';
import { renderAnalytics } from '../analytics/render-analytics.js';
import { renderProcedure, router } from '../trpc.js';

const idSchema = z.string().min(1).max(100);

/** Render telemetry and platform numbers. Where no platform is connected, answers say `{ connected: false, reason }` instead of numbers. */
export const analyticsRouter = router({
	overview: renderProcedure
		.input(z.object({ since: z.iso.datetime().optional() }).default({}))
		.query(({ ctx, input }) => analyticsOverview(ctx.db, { since: input.since ? new Date(input.since) : undefined })),

	render: renderProcedure.input(z.object({ id: idSchema })).query(({ ctx, input }) => renderAnalytics(ctx.db, input.id)),

	batch: renderProcedure.input(z.object({ id: idSchema })).query(({ ctx, input }) => batchAnalytics(ctx.db, input.id)),

	variants: renderProcedure
		.input(z.object({ batchId: idSchema, metric: comparisonMetricSchema.default('views') }))
		.query(({ ctx, input }) => variantAnalytics(ctx.db, input.batchId, input.metric)),

	compare: renderProcedure
		.input(
			z.object({
				by: comparisonDimensionSchema,
				metric: comparisonMetricSchema,
				batchId: idSchema.optional(),
				provider: z.enum(['youtube', 'tiktok']).optional().describe('Only videos on this platform (default: both, each video counted once)'),
			}),
		)
		.query(({ ctx, input }) => comparePublications(ctx.db, input)),
});
