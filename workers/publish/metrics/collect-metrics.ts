import { randomUUID } from 'node:crypto';
import type { PlatformDeps } from '../../../core/publishing/platform-deps.js';
import { platformOf } from '../../../core/publishing/platform-of.js';
import { platformProviderSchema } from '../../../core/publishing/publish-contract.js';
import type { MeasuredOutcome, PlatformMetrics } from '../../../core/publishing/publish-target.js';

export type MetricsRun = { samples: number; failures: { publicationId: string; error: string }[] };

/**
 * Pulls the current numbers of every published video on a platform that can measure them, whose account is still
 * connected, and stores them as one MetricSample each: the time series analytics reads. Each platform asks its way
 * (per video, per account); one video's or account's failure (revoked access, quota) is logged and skipped, the
 * others still count.
 */
export const collectMetrics = async (deps: PlatformDeps, signal?: AbortSignal): Promise<MetricsRun> => {
	const measured = platformProviderSchema.options.flatMap((provider) => {
		const { measure } = platformOf(provider);
		return measure ? [{ provider, measure }] : [];
	});
	const publications = await deps.db.publication.findMany({
		where: { status: 'published', kind: { in: measured.map((entry) => entry.provider) }, accountId: { not: null }, platformId: { not: null } },
		select: { id: true, kind: true, accountId: true, platformId: true, publishedAt: true, createdAt: true },
	});
	const run: MetricsRun = { samples: 0, failures: [] };
	const store = async (publicationId: string, metrics: PlatformMetrics) => {
		await deps.db.metricSample.create({ data: { id: randomUUID(), publicationId, ...metrics, retention: metrics.retention ?? undefined } });
		run.samples += 1;
	};
	const failed = (publicationId: string, error: unknown) => {
		run.failures.push({ publicationId, error: error instanceof Error ? error.message : String(error) });
	};

	for (const { provider, measure } of measured) {
		const videos = publications
			.filter((row) => row.kind === provider)
			.map((row) => ({
				publicationId: row.id,
				accountId: row.accountId as string,
				platformId: row.platformId as string,
				since: row.publishedAt ?? row.createdAt,
			}));
		if (videos.length === 0) continue;
		let outcomes: MeasuredOutcome[];
		try {
			outcomes = await measure(deps, videos, signal);
		} catch (error) {
			for (const video of videos) failed(video.publicationId, error);
			continue;
		}
		for (const outcome of outcomes) {
			if (!('metrics' in outcome)) {
				failed(outcome.publicationId, outcome.error);
				continue;
			}
			await store(outcome.publicationId, outcome.metrics).catch((error: unknown) => failed(outcome.publicationId, error));
		}
	}
	for (const failure of run.failures) deps.logger.warn('could not collect metrics', failure);
	return run;
};
