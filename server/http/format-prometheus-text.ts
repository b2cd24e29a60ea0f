export type MetricSample = {
	/** Appended to the family name: `_bucket`, `_sum`, `_count` for histograms and summaries. */
	suffix?: string;
	labels?: Record<string, string>;
	value: number;
};

export type MetricFamily = {
	name: string;
	help: string;
	type: 'counter' | 'gauge' | 'histogram' | 'summary';
	samples: MetricSample[];
};

const escapeHelp = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const escapeLabelValue = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

const formatValue = (value: number) => {
	if (Number.isNaN(value)) return 'NaN';
	if (value === Number.POSITIVE_INFINITY) return '+Inf';
	if (value === Number.NEGATIVE_INFINITY) return '-Inf';
	return String(value);
};

const formatLabels = (labels: Record<string, string> | undefined) => {
	const entries = Object.entries(labels ?? {});
	if (entries.length === 0) return '';
	return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
};

/** The Prometheus text exposition format (version 0.0.4): HELP and TYPE, then one line per sample. */
export const formatPrometheusText = (families: readonly MetricFamily[]): string =>
	families
		.map((family) =>
			[
				`# HELP ${family.name} ${escapeHelp(family.help)}`,
				`# TYPE ${family.name} ${family.type}`,
				...family.samples.map((sample) => `${family.name}${sample.suffix ?? ''}${formatLabels(sample.labels)} ${formatValue(sample.value)}`),
			].join('\n'),
		)
		.map((block) => `${block}\n`)
		.join('');

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
