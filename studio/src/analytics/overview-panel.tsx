import type { RouterOutputs } from '../api/router-outputs.js';
import { CountsList } from './counts-list.js';

type Overview = RouterOutputs['analytics']['overview'];
type Summary = Overview['telemetry']['videoFps'];

const num = (value: number | null) => (value === null ? '—' : value.toLocaleString(undefined, { maximumFractionDigits: 2 }));
const usd = (value: number) => value.toLocaleString(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 4 });

const SummaryRow = ({ name, summary }: { name: string; summary: Summary }) => (
	<tr>
		<th scope="row">{name}</th>
		<td>{summary.n}</td>
		<td>{num(summary.median)}</td>
		<td>{num(summary.p90)}</td>
		<td>{num(summary.p95)}</td>
		<td>{num(summary.max)}</td>
	</tr>
);

/** Render telemetry, publications and platform totals at a glance; platform numbers only where an account is connected. */
export const OverviewPanel = ({ overview }: { overview: Overview }) => {
	const { telemetry, publications, platforms } = overview;
	return (
		<div className="overview" data-testid="analytics-overview">
			<div className="stat-row">
				<p className="stat">
					<strong data-testid="renders-total">{telemetry.renders}</strong> renders
				</p>
				<p className="stat">
					<strong data-testid="renders-done">{telemetry.byStatus.done ?? 0}</strong> done
				</p>
				<p className="stat">
					<strong>{publications.total}</strong> publications
				</p>
				<p className="stat">
					<strong>{usd(telemetry.cost.totalUsd)}</strong> estimated cost ({telemetry.cost.rendersWithEstimate} renders with an estimate)
				</p>
			</div>
			<div className="counts-grid">
				<CountsList label="Renders by status" counts={telemetry.byStatus} />
				<CountsList label="Render failures by reason" counts={telemetry.failuresByReason} />
				<CountsList label="Backends" counts={telemetry.backends} />
				<CountsList label="Encoders" counts={telemetry.encoders} />
				<CountsList label="Publications by status" counts={publications.byStatus} />
				<CountsList label="Publication failures by reason" counts={publications.failuresByReason} />
			</div>
			<table className="table" aria-label="Stage timings and frame rates">
				<caption>Stage timings (ms) and frame rates</caption>
				<thead>
					<tr>
						<th scope="col">Measure</th>
						<th scope="col">n</th>
						<th scope="col">median</th>
						<th scope="col">p90</th>
						<th scope="col">p95</th>
						<th scope="col">max</th>
					</tr>
				</thead>
				<tbody>
					{Object.entries(telemetry.stageTimingsMs).map(([stage, summary]) => (
						<SummaryRow key={stage} name={stage} summary={summary} />
					))}
					<SummaryRow name="video fps" summary={telemetry.videoFps} />
					<SummaryRow name="render throughput (frames/s)" summary={telemetry.renderFps} />
				</tbody>
			</table>
			<h3>Platforms</h3>
			{platforms.connected && 'totals' in platforms ? (
				<table className="table" aria-label="Platform totals">
					<thead>
						<tr>
							<th scope="col">Platform</th>
							<th scope="col">Videos</th>
							<th scope="col">Measured</th>
							<th scope="col">Views</th>
							<th scope="col">Likes</th>
							<th scope="col">Shares</th>
							<th scope="col">Comments</th>
							<th scope="col">Watch time (s)</th>
						</tr>
					</thead>
					<tbody>
						{Object.entries(platforms.totals).map(([platform, totals]) => (
							<tr key={platform}>
								<th scope="row">{platform}</th>
								<td>{totals.videos}</td>
								<td>{totals.measured}</td>
								<td>{num(totals.views)}</td>
								<td>{num(totals.likes)}</td>
								<td>{num(totals.shares)}</td>
								<td>{num(totals.comments)}</td>
								<td>{num(totals.watchTimeSeconds)}</td>
							</tr>
						))}
					</tbody>
				</table>
			) : (
				<p className="muted" role="note" data-testid="platforms-not-connected">
					{platforms.connected ? 'No platform totals yet.' : platforms.reason}
				</p>
			)}
		</div>
	);
};
