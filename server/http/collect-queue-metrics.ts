import type { RenderQueue } from '../renders/open-render-queues.js';
import type { MetricFamily } from './format-prometheus-text.js';

/** Jobs in the render queue by state. BullMQ keeps jobs with a priority apart as "prioritized"; they are waiting all the same. */
export const collectQueueMetrics = async (queue: RenderQueue): Promise<MetricFamily[]> => {
	const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
	const states = {
		waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
		active: counts.active ?? 0,
		delayed: counts.delayed ?? 0,
		failed: counts.failed ?? 0,
	};
	return [
		{
			name: 'reelforge_queue_jobs',
			help: 'Jobs in the render queue, by state',
			type: 'gauge',
			samples: Object.entries(states).map(([state, value]) => ({ labels: { state }, value })),
		},
	];
};
