import { z } from 'zod';
import type { analyticsOverview } from '../analytics/analytics-overview.js';
import type { batchAnalytics, variantAnalytics } from '../analytics/batch-analytics.js';
import type { comparePublications } from '../analytics/compare-publications.js';
import type { platformTotalsOf } from '../analytics/platform-totals-of.js';
import type { renderAnalytics } from '../analytics/render-analytics.js';
import type { renderTelemetryOf } from '../analytics/render-telemetry-of.js';
import { responseObject } from './response-object.js';
import { typedAs } from './typed-as.js';

const NOT_CONNECTED = 'Platform numbers need a connected account: without one this is { connected: false, reason }';
const telemetry = typedAs<ReturnType<typeof renderTelemetryOf>>('Render telemetry: counts, failures, stage timings, fps, backends, encoders, cost');
const platforms = typedAs<Awaited<ReturnType<typeof platformTotalsOf>>>(`Platform totals by provider. ${NOT_CONNECTED}`);
type Compared = Awaited<ReturnType<typeof comparePublications>>;
type Variants = Awaited<ReturnType<typeof variantAnalytics>>;

export const analyticsOverviewResponseSchema = responseObject({
	since: z.string().nullable(),
	telemetry,
	publications: typedAs<Awaited<ReturnType<typeof analyticsOverview>>['publications']>('Publications: total, byStatus, byKind, failuresByReason'),
	platforms,
});

type RenderAnalytics = Awaited<ReturnType<typeof renderAnalytics>>;
export const renderAnalyticsResponseSchema = responseObject({
	telemetry: typedAs<RenderAnalytics['telemetry']>('This render: status, failure reason, fps, stage timings, backend, encoder, cost'),
	platforms: typedAs<RenderAnalytics['platforms']>(`Whether platform numbers exist. ${NOT_CONNECTED}`),
	publications: typedAs<RenderAnalytics['publications']>('Each publication with its metric series'),
});

export const batchAnalyticsResponseSchema = responseObject({
	batch: typedAs<Awaited<ReturnType<typeof batchAnalytics>>['batch']>('The batch: id, template, name, createdAt'),
	telemetry,
	platforms,
	variants: z.array(z.string()),
	viewsByVariant: typedAs<Awaited<ReturnType<typeof batchAnalytics>>['viewsByVariant']>('Groups and significance on views'),
});

export const variantAnalyticsResponseSchema = responseObject({
	batchId: z.string(),
	metric: z.string(),
	variants: typedAs<Variants['variants']>('Per variant: renders, done, failed, measuredVideos, metrics (n, mean, median)'),
	comparison: typedAs<Variants['comparison']>(`Groups and significance on the metric. ${NOT_CONNECTED}`),
});

/** Either the comparison or, with no platform connected, why there is none. */
export const compareAnalyticsResponseSchema = typedAs<Compared>(
	"{ by, metric, batchId, provider, connected, unit, groups (n, mean, sd, best first), significance (Welch's t-test between the two leaders; a winner only when significant) }, or with no platform connected { by, metric, batchId, provider, connected: false, reason }",
);
