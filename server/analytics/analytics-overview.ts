import type { Database } from '../../core/db/create-database.js';
import { platformTotalsOf } from './platform-totals-of.js';
import { renderTelemetryOf } from './render-telemetry-of.js';

const countBy = (rows: readonly { key: string | null }[]) => {
	const counts: Record<string, number> = {};
	for (const { key } of rows) if (key !== null) counts[key] = (counts[key] ?? 0) + 1;
	return counts;
};

/** Everything at a glance since a date: render telemetry, publications by status and failure reason, platform totals. */
export const analyticsOverview = async (db: Database, workspaceId: string, { since }: { since?: Date }) => {
	const createdAt = since ? { gte: since } : undefined;
	const [renders, publications] = await Promise.all([
		db.render.findMany({
			where: { workspaceId, createdAt },
			select: { status: true, error: true, stageTimings: true, fps: true, durationInFrames: true, backend: true, encoder: true, costEstimateUsd: true },
		}),
		db.publication.findMany({ where: { workspaceId, createdAt }, select: { status: true, kind: true, errorReason: true } }),
	]);
	return {
		since: since?.toISOString() ?? null,
		telemetry: renderTelemetryOf(renders),
		publications: {
			total: publications.length,
			byStatus: countBy(publications.map((row) => ({ key: row.status }))),
			byKind: countBy(publications.map((row) => ({ key: row.kind }))),
			failuresByReason: countBy(publications.filter((row) => row.status === 'failed').map((row) => ({ key: row.errorReason ?? 'other' }))),
		},
		platforms: await platformTotalsOf(db, workspaceId, { createdAt }),
	};
};
