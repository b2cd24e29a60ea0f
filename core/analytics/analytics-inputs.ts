import { z } from 'zod';
import { platformProviderSchema } from '../publishing/publish-contract.js';

/**
 * What the analytics API accepts, in one place: its router validates with these, /openapi.json describes them and the
 * studio offers their options.
 */
export const comparisonMetricSchema = z.enum(['views', 'likes', 'shares', 'comments', 'watchTimeSeconds', 'avgViewDurationSeconds']);
export type ComparisonMetric = z.infer<typeof comparisonMetricSchema>;
export const comparisonDimensionSchema = z.enum(['template', 'variant', 'interruptDensity']);
export type ComparisonDimension = z.infer<typeof comparisonDimensionSchema>;

const idSchema = z.string().min(1).max(100);

export const analyticsOverviewInputSchema = z.object({ since: z.iso.datetime().optional() }).default({});
export const analyticsIdInputSchema = z.object({ id: idSchema });
export const analyticsVariantsInputSchema = z.object({ batchId: idSchema, metric: comparisonMetricSchema.default('views') });
export const analyticsCompareInputSchema = z.object({
	by: comparisonDimensionSchema,
	metric: comparisonMetricSchema,
	batchId: idSchema.optional(),
	provider: platformProviderSchema.optional().describe('Only videos on this platform (default: every platform, each video counted once)'),
});
