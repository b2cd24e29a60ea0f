import type { Prisma } from '../../core/db/generated/sqlite/client.js';

/** The numbers a metric sample holds, selected the same way wherever samples are read. */
export const metricValuesSelect = {
	views: true,
	likes: true,
	shares: true,
	comments: true,
	watchTimeSeconds: true,
	avgViewDurationSeconds: true,
} satisfies Prisma.MetricSampleSelect;
