import { failureReasonOf } from '../http/failure-reason-of.js';
import { summarizeNumbers } from './summarize-numbers.js';

export type TelemetryRow = {
	status: string;
	error: string | null;
	stageTimings: unknown;
	fps: number | null;
	durationInFrames: number | null;
	backend: string;
	encoder: string | null;
	costEstimateUsd: number | null;
};

const stageTimingsOf = (value: unknown): Record<string, number> => {
	if (!value || typeof value !== 'object') return {};
	return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1])));
};

const countBy = <T>(rows: readonly T[], key: (row: T) => string | null) => {
	const counts: Record<string, number> = {};
	for (const row of rows) {
		const value = key(row);
		if (value !== null) counts[value] = (counts[value] ?? 0) + 1;
	}
	return counts;
};

/**
 * What the render pipeline recorded, over a set of renders: counts by status, failures by reason, each stage's timings
 * (median, p90, p95 in ms; stage names as the workers store them: voiceoverMs, bundleMs, renderMs, …), the video frame
 * rate and the rendering throughput (frames per second of render stage), backends, encoders and the estimated cost.
 */
export const renderTelemetryOf = (rows: readonly TelemetryRow[]) => {
	const stages = new Map<string, number[]>();
	const throughput: number[] = [];
	for (const row of rows) {
		const timings = stageTimingsOf(row.stageTimings);
		for (const [stage, ms] of Object.entries(timings)) stages.set(stage, [...(stages.get(stage) ?? []), ms]);
		if (row.status === 'done' && row.durationInFrames && timings.renderMs) throughput.push(row.durationInFrames / (timings.renderMs / 1000));
	}
	const costs = rows.map((row) => row.costEstimateUsd).filter((cost): cost is number => cost !== null);
	return {
		renders: rows.length,
		byStatus: countBy(rows, (row) => row.status),
		failuresByReason: countBy(
			rows.filter((row) => row.status === 'failed'),
			(row) => failureReasonOf(row.error),
		),
		stageTimingsMs: Object.fromEntries([...stages].sort(([a], [b]) => a.localeCompare(b)).map(([stage, values]) => [stage, summarizeNumbers(values)])),
		videoFps: summarizeNumbers(rows.map((row) => row.fps)),
		renderFps: summarizeNumbers(throughput),
		backends: countBy(rows, (row) => row.backend),
		encoders: countBy(rows, (row) => row.encoder),
		cost: { totalUsd: Math.round(costs.reduce((sum, cost) => sum + cost, 0) * 1e6) / 1e6, rendersWithEstimate: costs.length },
	};
};
