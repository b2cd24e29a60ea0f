import { useState } from 'react';
import { ComparisonPanel } from '../analytics/comparison-panel.js';
import { OverviewPanel } from '../analytics/overview-panel.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorNotice, Loading } from '../components/status-notices.js';

const periods = [
	{ label: 'All time', days: 0 },
	{ label: 'Last 7 days', days: 7 },
	{ label: 'Last 30 days', days: 30 },
] as const;

/** Render telemetry and publications at a glance, and which template, variant or interrupt density does better. */
export const AnalyticsPage = () => {
	const { client } = useStudio();
	const [days, setDays] = useState<number>(0);
	const overview = useApiQuery(
		() => client.analytics.overview.query(days ? { since: new Date(Date.now() - days * 86_400_000).toISOString() } : {}),
		[client, days],
	);
	return (
		<section aria-labelledby="analytics-title">
			<h1 id="analytics-title">Analytics</h1>
			<section aria-labelledby="overview-title">
				<div className="row">
					<h2 id="overview-title">Overview</h2>
					<label htmlFor="overview-period">Period</label>
					<select id="overview-period" value={days} onChange={(event) => setDays(Number(event.target.value))}>
						{periods.map((period) => (
							<option key={period.days} value={period.days}>
								{period.label}
							</option>
						))}
					</select>
				</div>
				{overview.error ? <ErrorNotice error={overview.error} retry={overview.reload} /> : null}
				{overview.loading && !overview.data ? <Loading what="the overview" /> : null}
				{overview.data ? <OverviewPanel overview={overview.data} /> : null}
			</section>
			<section aria-labelledby="compare-title">
				<h2 id="compare-title">Compare</h2>
				<ComparisonPanel />
			</section>
		</section>
	);
};
