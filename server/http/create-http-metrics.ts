import type { MetricFamily } from './format-prometheus-text.js';

/** Seconds; from a fast tRPC read to a slow file download. SSE subscriptions land in +Inf. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Histogram = { buckets: number[]; sum: number; count: number };

export type HttpMetrics = {
	observe: (route: string, status: number, seconds: number) => void;
	families: () => MetricFamily[];
};

/** Request counts and latency, kept in this process since it started. `route` must come from a small fixed set. */
export const createHttpMetrics = (): HttpMetrics => {
	const counts = new Map<string, { route: string; status: string; value: number }>();
	const durations = new Map<string, Histogram>();
	return {
		observe: (route, status, seconds) => {
			const key = `${route} ${status}`;
			const count = counts.get(key) ?? { route, status: String(status), value: 0 };
			count.value += 1;
			counts.set(key, count);
			const histogram = durations.get(route) ?? { buckets: DURATION_BUCKETS.map(() => 0), sum: 0, count: 0 };
			DURATION_BUCKETS.forEach((bound, index) => {
				if (seconds <= bound) histogram.buckets[index] = (histogram.buckets[index] ?? 0) + 1;
			});
			histogram.sum += seconds;
			histogram.count += 1;
			durations.set(route, histogram);
		},
		families: () => [
			{
				name: 'reelforge_http_requests_total',
				help: 'HTTP requests answered, by route and status',
				type: 'counter',
				samples: [...counts.values()].map(({ route, status, value }) => ({ labels: { route, status }, value })),
			},
			{
				name: 'reelforge_http_request_duration_seconds',
				help: 'Time from request to the end of the response, by route',
				type: 'histogram',
				samples: [...durations.entries()].flatMap(([route, histogram]) => [
					...DURATION_BUCKETS.map((bound, index) => ({ suffix: '_bucket', labels: { route, le: String(bound) }, value: histogram.buckets[index] ?? 0 })),
					{ suffix: '_bucket', labels: { route, le: '+Inf' }, value: histogram.count },
					{ suffix: '_sum', labels: { route }, value: histogram.sum },
					{ suffix: '_count', labels: { route }, value: histogram.count },
				]),
			},
		],
	};
};
