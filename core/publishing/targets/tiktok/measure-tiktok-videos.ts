import type { PlatformDeps } from '../../platform-deps.js';
import type { MeasuredOutcome, MeasuredVideo } from '../../publish-target.js';
import { fetchTiktokMetrics } from './fetch-tiktok-metrics.js';

/**
 * One video query per account (batched by fetchTiktokMetrics). Posts without a public id (private posts keep the
 * publish id) cannot be queried and are left out; an account's failure (revoked access) is each of its videos' outcome.
 */
export const measureTiktokVideos = async (deps: PlatformDeps, videos: MeasuredVideo[], signal?: AbortSignal): Promise<MeasuredOutcome[]> => {
	const byAccount = new Map<string, MeasuredVideo[]>();
	for (const video of videos.filter((entry) => /^\d+$/.test(entry.platformId))) {
		byAccount.set(video.accountId, [...(byAccount.get(video.accountId) ?? []), video]);
	}
	const outcomes: MeasuredOutcome[] = [];
	for (const [accountId, list] of byAccount) {
		try {
			const metrics = await fetchTiktokMetrics(
				deps,
				accountId,
				list.map((entry) => entry.platformId),
				signal,
			);
			for (const entry of list) {
				const found = metrics.get(entry.platformId);
				outcomes.push(
					found
						? { publicationId: entry.publicationId, metrics: found }
						: { publicationId: entry.publicationId, error: new Error(`TikTok returned no numbers for video ${entry.platformId} (deleted or made private?)`) },
				);
			}
		} catch (error) {
			for (const entry of list) outcomes.push({ publicationId: entry.publicationId, error });
		}
	}
	return outcomes;
};
