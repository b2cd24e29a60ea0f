import { useId } from 'react';

export type Bar = { label: string; value: number | null; n: number; highlight?: boolean };

const WIDTH = 640;
const ROW = 28;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 150;

const formatValue = (value: number) => (Number.isInteger(value) ? value.toLocaleString() : value.toLocaleString(undefined, { maximumFractionDigits: 2 }));

/**
 * Horizontal bars of a mean per group, drawn as plain SVG (no chart library). Each bar names its value and n, so
 * the chart reads without colour; a screen reader gets the same as a list through the title and each bar's <title>.
 */
export const BarChart = ({ title, bars }: { title: string; bars: readonly Bar[] }) => {
	const titleId = useId();
	const max = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
	const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
	const height = bars.length * ROW + 8;
	return (
		<svg className="bar-chart" role="img" aria-labelledby={titleId} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }}>
			<title id={titleId}>
				{title}: {bars.map((bar) => `${bar.label} ${bar.value === null ? 'no value' : formatValue(bar.value)} (n=${bar.n})`).join(', ')}
			</title>
			{bars.map((bar, index) => {
				const y = index * ROW + 4;
				const width = bar.value !== null && max > 0 ? Math.max(2, (bar.value / max) * plotWidth) : 0;
				return (
					<g key={bar.label} className={bar.highlight ? 'bar winner' : 'bar'}>
						<text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
							{bar.label.length > 22 ? `${bar.label.slice(0, 21)}…` : bar.label}
						</text>
						<rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 8} rx={3}>
							<title>
								{bar.label}: mean {bar.value === null ? '—' : formatValue(bar.value)}, n={bar.n}
							</title>
						</rect>
						<text x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominantBaseline="middle" className="bar-value">
							{bar.value === null ? '—' : formatValue(bar.value)} (n={bar.n})
						</text>
					</g>
				);
			})}
		</svg>
	);
};
