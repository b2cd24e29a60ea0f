import type { PlatformDeps } from '../../platform-deps.js';
import type { MeasuredOutcome, MeasuredVideo } from '../../publish-target.js';
import { fetchYoutubeMetrics } from './fetch-youtube-metrics.js';

/** One Analytics report pair per video (the API filters by one video at a time); one video's failure is only its own. */
export const measureYoutubeVideos = async (deps: PlatformDeps, videos: MeasuredVideo[], signal?: AbortSignal): Promise<MeasuredOutcome[]> => {
	const outcomes: MeasuredOutcome[] = [];
	for (const video of videos) {
		try {
			outcomes.push({ publicationId: video.publicationId, metrics: await fetchYoutubeMetrics(deps, video.accountId, video.platformId, video.since, signal) });
		} catch (error) {
			outcomes.push({ publicationId: video.publicationId, error });
		}
	}
	return outcomes;
};
