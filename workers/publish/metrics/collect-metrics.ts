import { randomUUID } from 'node:crypto';
import type { PlatformDeps } from '../../../core/publishing/platform-deps.js';
import { fetchTiktokMetrics } from './fetch-tiktok-metrics.js';
import { fetchYoutubeMetrics, type PlatformMetrics } from './fetch-youtube-metrics.js';

export type MetricsRun = { samples: number; failures: { publicationId: string; error: string }[] };

/**
 * Pulls the current numbers of every published YouTube and TikTok video whose account is still connected and stores them
 * as one MetricSample each: the time series analytics reads. One account's failure (revoked access, quota) is logged and
 * skipped, the others still count. TikTok posts without a public id (private posts) cannot be queried.
 */
export const collectMetrics = async (deps: PlatformDeps, signal?: AbortSignal): Promise<MetricsRun> => {
	const publications = await deps.db.publication.findMany({
		where: { status: 'published', kind: { in: ['youtube', 'tiktok'] }, accountId: { not: null }, platformId: { not: null } },
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

	for (const publication of publications.filter((row) => row.kind === 'youtube')) {
		try {
			const since = publication.publishedAt ?? publication.createdAt;
			await store(publication.id, await fetchYoutubeMetrics(deps, publication.accountId as string, publication.platformId as string, since, signal));
		} catch (error) {
			failed(publication.id, error);
		}
	}
	const tiktokByAccount = new Map<string, { id: string; videoId: string }[]>();
	for (const publication of publications.filter((row) => row.kind === 'tiktok' && /^\d+$/.test(row.platformId ?? ''))) {
		const list = tiktokByAccount.get(publication.accountId as string) ?? [];
		list.push({ id: publication.id, videoId: publication.platformId as string });
		tiktokByAccount.set(publication.accountId as string, list);
	}
	for (const [accountId, list] of tiktokByAccount) {
		try {
			const metrics = await fetchTiktokMetrics(
				deps,
				accountId,
				list.map((entry) => entry.videoId),
				signal,
			);
			for (const entry of list) {
				const found = metrics.get(entry.videoId);
				if (found) await store(entry.id, found);
				else failed(entry.id, new Error(`TikTok returned no numbers for video ${entry.videoId} (deleted or made private?)`));
			}
		} catch (error) {
			for (const entry of list) failed(entry.id, error);
		}
	}
	for (const failure of run.failures) deps.logger.warn('could not collect metrics', failure);
	return run;
};
