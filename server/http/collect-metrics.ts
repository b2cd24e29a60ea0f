import type { ServerDeps } from '../context.js';
import { collectQueueMetrics } from './collect-queue-metrics.js';
import { collectRenderMetrics } from './collect-render-metrics.js';
import type { HttpMetrics } from './create-http-metrics.js';
import { formatPrometheusText, type MetricFamily } from './format-prometheus-text.js';
import { withTimeout } from './with-timeout.js';

const SOURCE_TIMEOUT_MS = 2000;

/**
 * The /metrics page. A source that does not answer (Redis down, database slow) leaves its metrics out
 * and shows 0 in reelforge_metrics_source_up, so the scrape itself still succeeds.
 */
export const collectMetrics = async (deps: Pick<ServerDeps, 'db' | 'renderQueues' | 'logger'>, http: HttpMetrics): Promise<string> => {
	// The local render queue: the one workers on this deployment drain (Lambda renders wait on AWS, not on capacity here).
	const sources = { queue: () => collectQueueMetrics(deps.renderQueues.of('local')), database: () => collectRenderMetrics(deps.db) };
	const results = await Promise.all(
		Object.entries(sources).map(async ([source, collect]) => {
			try {
				return { source, families: await withTimeout(collect(), SOURCE_TIMEOUT_MS, source) };
			} catch (error) {
				deps.logger.warn('metrics source failed', { source, error: error instanceof Error ? error.message : String(error) });
				return { source, families: null };
			}
		}),
	);
	const up: MetricFamily = {
		name: 'reelforge_metrics_source_up',
		help: 'Whether a metrics source answered this scrape (1) or not (0)',
		type: 'gauge',
		samples: results.map(({ source, families }) => ({ labels: { source }, value: families ? 1 : 0 })),
	};
	return formatPrometheusText([...http.families(), ...results.flatMap(({ families }) => families ?? []), up]);
};
