import { useState } from 'react';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { AnswerView } from '../components/answer-view.js';
import { ApiProblem } from '../components/not-on-server.js';
import { Loading } from '../components/status-notices.js';

const groupings = ['template', 'variant', 'interruptDensity'] as const;
// As server/analytics/compare-publications.ts names them.
const metrics = ['views', 'likes', 'shares', 'comments', 'watchTimeSeconds', 'avgViewDurationSeconds'] as const;

/** The overview of published videos and a comparison by template, A/B variant or interrupt density. */
export const AnalyticsPage = () => {
	const { untyped } = useStudio();
	const [by, setBy] = useState<(typeof groupings)[number]>('template');
	const [metric, setMetric] = useState<(typeof metrics)[number]>('views');
	const overview = useApiQuery(() => untyped.query('analytics.overview', {}), [untyped]);
	const comparison = useApiQuery(() => untyped.query('analytics.compare', { by, metric }), [untyped, by, metric]);
	return (
		<section aria-labelledby="analytics-title">
			<h1 id="analytics-title">Analytics</h1>
			<h2>Overview</h2>
			{overview.error ? <ApiProblem error={overview.error} what="Analytics" retry={overview.reload} /> : null}
			{overview.loading && !overview.data ? <Loading what="the overview" /> : null}
			{overview.data !== undefined ? <AnswerView value={overview.data} label="Overview" /> : null}
			<h2>Compare</h2>
			<div className="row">
				<label htmlFor="compare-by">By</label>
				<select id="compare-by" value={by} onChange={(event) => setBy(event.target.value as typeof by)}>
					{groupings.map((value) => (
						<option key={value}>{value}</option>
					))}
				</select>
				<label htmlFor="compare-metric">Metric</label>
				<select id="compare-metric" value={metric} onChange={(event) => setMetric(event.target.value as typeof metric)}>
					{metrics.map((value) => (
						<option key={value}>{value}</option>
					))}
				</select>
			</div>
			{comparison.error ? <ApiProblem error={comparison.error} what="Analytics" retry={comparison.reload} /> : null}
			{comparison.data !== undefined ? <AnswerView value={comparison.data} label={`By ${by}`} /> : null}
		</section>
	);
};
