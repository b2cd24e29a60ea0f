import { renderStatuses } from '../../core/contracts/render-status.js';
import type { Database } from '../../core/db/create-database.js';
import { failureReasonOf, failureReasons } from './failure-reason-of.js';
import type { MetricFamily } from './format-prometheus-text.js';

/** Render counts and durations from the database, so they agree across API replicas and survive restarts. */
export const collectRenderMetrics = async (db: Database): Promise<MetricFamily[]> => {
	const [byStatus, done, failed] = await Promise.all([
		db.render.groupBy({ by: ['status'], _count: { _all: true } }),
		db.render.findMany({ where: { status: 'done', startedAt: { not: null }, finishedAt: { not: null } }, select: { startedAt: true, finishedAt: true } }),
		db.render.groupBy({ by: ['error'], where: { status: 'failed' }, _count: { _all: true } }),
	]);
	const statusCounts = new Map(byStatus.map((row) => [row.status as string, row._count._all]));
	const seconds = done.map((row) => Math.max(0, ((row.finishedAt?.getTime() ?? 0) - (row.startedAt?.getTime() ?? 0)) / 1000));
	const reasonCounts = new Map<string, number>();
	for (const row of failed) {
		const reason = failureReasonOf(row.error);
		reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + row._count._all);
	}
	return [
		{
			// A gauge, not a counter: a render leaves queued for rendering, so these counts fall as well as rise.
			name: 'reelforge_renders_total',
			help: 'Renders in the database, by status',
			type: 'gauge',
			samples: renderStatuses.map((status) => ({ labels: { status }, value: statusCounts.get(status) ?? 0 })),
		},
		{
			name: 'reelforge_render_duration_seconds',
			help: 'Time from the start of the last attempt to the finished file, over done renders',
			type: 'summary',
			samples: [
				{ suffix: '_sum', value: seconds.reduce((sum, value) => sum + value, 0) },
				{ suffix: '_count', value: seconds.length },
			],
		},
		{
			name: 'reelforge_render_failures_total',
			help: 'Failed renders, by reason (media, voiceover, input, cancelled, other)',
			type: 'counter',
			samples: failureReasons.map((reason) => ({ labels: { reason }, value: reasonCounts.get(reason) ?? 0 })),
		},
	];
};
