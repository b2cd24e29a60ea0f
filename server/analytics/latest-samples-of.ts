import type { Database } from '../../core/db/create-database.js';
import { metricValuesSelect } from './metric-values-select.js';

export type LatestSample = {
	publicationId: string;
	capturedAt: Date;
	views: number | null;
	likes: number | null;
	shares: number | null;
	comments: number | null;
	watchTimeSeconds: number | null;
	avgViewDurationSeconds: number | null;
};

/** The newest metric sample of each publication (platform numbers are running totals, so the newest is the current value). */
export const latestSamplesOf = async (db: Database, publicationIds: readonly string[]): Promise<Map<string, LatestSample>> => {
	const latest = new Map<string, LatestSample>();
	if (publicationIds.length === 0) return latest;
	const samples = await db.metricSample.findMany({
		where: { publicationId: { in: [...publicationIds] } },
		orderBy: [{ capturedAt: 'desc' }, { id: 'desc' }],
		select: { publicationId: true, capturedAt: true, ...metricValuesSelect },
	});
	for (const sample of samples) if (!latest.has(sample.publicationId)) latest.set(sample.publicationId, sample);
	return latest;
};
