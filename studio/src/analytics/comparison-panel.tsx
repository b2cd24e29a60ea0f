import { useState } from 'react';
import { comparisonDimensionSchema, comparisonMetricSchema } from '../../../core/analytics/analytics-inputs.js';
import { type PlatformProvider, platformProviderSchema } from '../../../core/publishing/publish-contract.js';
import { targetNameOf } from '../../../core/publishing/target-name-of.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorNotice, Loading } from '../components/status-notices.js';
import { BarChart } from './bar-chart.js';
import { significanceText } from './significance-text.js';

type Dimension = (typeof comparisonDimensionSchema.options)[number];
type Metric = (typeof comparisonMetricSchema.options)[number];
type Provider = '' | PlatformProvider;

const dimensionNames: Record<Dimension, string> = { template: 'Template', variant: 'Hook variant', interruptDensity: 'Interrupt density' };

/** Which template, A/B variant or interrupt density does better on a platform metric, with Welch's verdict. */
export const ComparisonPanel = () => {
	const { client } = useStudio();
	const [by, setBy] = useState<Dimension>('template');
	const [metric, setMetric] = useState<Metric>('views');
	const [provider, setProvider] = useState<Provider>('');
	const [batchId, setBatchId] = useState('');
	const batches = useApiQuery(() => client.batches.list.query({ limit: 50 }).then((page) => page.items), [client]);
	const comparison = useApiQuery(
		() => client.analytics.compare.query({ by, metric, ...(batchId ? { batchId } : {}), ...(provider ? { provider } : {}) }),
		[client, by, metric, batchId, provider],
	);
	const answer = comparison.data;
	return (
		<div className="comparison">
			<div className="row">
				<label htmlFor="compare-by">Compare by</label>
				<select id="compare-by" value={by} onChange={(event) => setBy(event.target.value as Dimension)}>
					{comparisonDimensionSchema.options.map((value) => (
						<option key={value} value={value}>
							{dimensionNames[value]}
						</option>
					))}
				</select>
				<label htmlFor="compare-metric">Metric</label>
				<select id="compare-metric" value={metric} onChange={(event) => setMetric(event.target.value as Metric)}>
					{comparisonMetricSchema.options.map((value) => (
						<option key={value}>{value}</option>
					))}
				</select>
				<label htmlFor="compare-provider">Platform</label>
				<select id="compare-provider" value={provider} onChange={(event) => setProvider(event.target.value as Provider)}>
					<option value="">All platforms</option>
					{platformProviderSchema.options.map((value) => (
						<option key={value} value={value}>
							{targetNameOf(value)}
						</option>
					))}
				</select>
				<label htmlFor="compare-batch">Batch</label>
				<select id="compare-batch" value={batchId} onChange={(event) => setBatchId(event.target.value)}>
					<option value="">{by === 'variant' ? 'All batches (pick one for its A/B test)' : 'All renders'}</option>
					{batches.data?.map((batch) => (
						<option key={batch.id} value={batch.id}>
							{batch.name ?? batch.template} · {batch.id.slice(0, 8)}
						</option>
					))}
				</select>
			</div>
			{batches.error ? <ErrorNotice error={batches.error} retry={batches.reload} /> : null}
			{comparison.error ? <ErrorNotice error={comparison.error} retry={comparison.reload} /> : null}
			{comparison.loading && !answer ? <Loading what="the comparison" /> : null}
			{answer && !answer.connected ? (
				<p className="muted" role="note" data-testid="compare-not-connected">
					{answer.reason}
				</p>
			) : null}
			{answer?.connected ? (
				<figure className="chart" aria-busy={comparison.loading}>
					{answer.groups.length === 0 ? (
						<p className="muted">No published video has {metric} numbers yet.</p>
					) : (
						<BarChart
							title={`Mean ${metric} by ${dimensionNames[answer.by].toLowerCase()}`}
							bars={answer.groups.map((group) => ({ label: group.key, value: group.mean, n: group.n, highlight: group.key === answer.significance.winner }))}
						/>
					)}
					<figcaption data-testid="significance">
						Mean {metric} per published video. {significanceText(answer.significance)}
					</figcaption>
				</figure>
			) : null}
		</div>
	);
};
