import { describe, expect, it } from 'vitest';
import { createHttpMetrics } from './create-http-metrics.js';
import { formatPrometheusText } from './format-prometheus-text.js';

describe('formatPrometheusText', () => {
	it('writes HELP and TYPE before each family and one line per sample, ending in a newline', () => {
		const text = formatPrometheusText([
			{ name: 'reelforge_queue_jobs', help: 'Jobs by state', type: 'gauge', samples: [{ labels: { state: 'waiting' }, value: 3 }] },
			{
				name: 'reelforge_render_duration_seconds',
				help: 'Durations',
				type: 'summary',
				samples: [
					{ suffix: '_sum', value: 12.5 },
					{ suffix: '_count', value: 2 },
				],
			},
		]);
		expect(text).toBe(
			[
				'# HELP reelforge_queue_jobs Jobs by state',
				'# TYPE reelforge_queue_jobs gauge',
				'reelforge_queue_jobs{state="waiting"} 3',
				'# HELP reelforge_render_duration_seconds Durations',
				'# TYPE reelforge_render_duration_seconds summary',
				'reelforge_render_duration_seconds_sum 12.5',
				'reelforge_render_duration_seconds_count 2',
				'',
			].join('\n'),
		);
	});

	it('escapes backslashes, quotes and newlines in label values and help, and spells out special values', () => {
		const text = formatPrometheusText([
			{
				name: 'm',
				help: 'a\\b\nc',
				type: 'gauge',
				samples: [
					{ labels: { route: 'say "hi"\\\n' }, value: Number.POSITIVE_INFINITY },
					{ labels: { a: '1', b: '2' }, value: Number.NaN },
					{ value: Number.NEGATIVE_INFINITY },
				],
			},
		]);
		expect(text.split('\n')).toEqual(['# HELP m a\\\\b\\nc', '# TYPE m gauge', 'm{route="say \\"hi\\"\\\\\\n"} +Inf', 'm{a="1",b="2"} NaN', 'm -Inf', '']);
	});
});

describe('createHttpMetrics', () => {
	it('counts requests by route and status and keeps cumulative histogram buckets', () => {
		const metrics = createHttpMetrics();
		metrics.observe('/healthz', 200, 0.002);
		metrics.observe('/healthz', 200, 0.3);
		metrics.observe('/trpc/renders.get', 404, 20);
		const text = formatPrometheusText(metrics.families());
		expect(text).toContain('reelforge_http_requests_total{route="/healthz",status="200"} 2');
		expect(text).toContain('reelforge_http_requests_total{route="/trpc/renders.get",status="404"} 1');
		expect(text).toContain('reelforge_http_request_duration_seconds_bucket{route="/healthz",le="0.005"} 1');
		expect(text).toContain('reelforge_http_request_duration_seconds_bucket{route="/healthz",le="0.25"} 1');
		expect(text).toContain('reelforge_http_request_duration_seconds_bucket{route="/healthz",le="0.5"} 2');
		expect(text).toContain('reelforge_http_request_duration_seconds_bucket{route="/healthz",le="+Inf"} 2');
		expect(text).toContain('reelforge_http_request_duration_seconds_sum{route="/healthz"} 0.302');
		expect(text).toContain('reelforge_http_request_duration_seconds_count{route="/healthz"} 2');
		// Slower than the largest bucket: only +Inf holds it.
		expect(text).toContain('reelforge_http_request_duration_seconds_bucket{route="/trpc/renders.get",le="10"} 0');
		expect(text).toContain('reelforge_http_request_duration_seconds_bucket{route="/trpc/renders.get",le="+Inf"} 1');
	});
});
