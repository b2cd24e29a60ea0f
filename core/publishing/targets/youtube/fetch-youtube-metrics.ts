import { z } from 'zod';
import type { PlatformDeps } from '../../platform-deps.js';
import { platformErrorOf } from '../../platform-error-of.js';
import type { PlatformMetrics } from '../../publish-target.js';
import { withAccessToken } from '../../with-access-token.js';
import { youtubePlatform } from './youtube-platform.js';

const reportSchema = z.object({
	columnHeaders: z.array(z.object({ name: z.string() })),
	rows: z.array(z.array(z.union([z.number(), z.string()]))).default([]),
});

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A video's numbers from the YouTube Analytics API v2 (reports.query, ids=channel==MINE, filters=video==ID): views, watch time
 * (estimatedMinutesWatched), average view duration, likes, shares, comments, and audience retention
 * (audienceWatchRatio by elapsedVideoTimeRatio). No rows yet (new videos lag a day or two) reads as zero views.
 */
export const fetchYoutubeMetrics = async (
	deps: PlatformDeps,
	accountId: string,
	videoId: string,
	since: Date,
	signal?: AbortSignal,
): Promise<PlatformMetrics> => {
	const report = async (params: Record<string, string>) =>
		withAccessToken(
			deps,
			youtubePlatform,
			accountId,
			async (token) => {
				const query = new URLSearchParams({ ids: 'channel==MINE', startDate: day(since), endDate: day(new Date()), filters: `video==${videoId}`, ...params });
				const response = await deps.outbound.fetch(`${deps.publishing.urls.youtubeAnalytics}/v2/reports?${query}`, {
					headers: { authorization: `Bearer ${token}` },
					signal: signal ?? AbortSignal.timeout(30_000),
				});
				const text = await response.text();
				if (!response.ok) throw platformErrorOf('YouTube Analytics', response.status, text);
				const parsed = reportSchema.parse(JSON.parse(text));
				return parsed.rows.map((row) => Object.fromEntries(parsed.columnHeaders.map((header, index) => [header.name, Number(row[index])])));
			},
			signal,
		);
	const [totals] = await report({ metrics: 'views,estimatedMinutesWatched,averageViewDuration,likes,shares,comments' });
	const curve = await report({ metrics: 'audienceWatchRatio', dimensions: 'elapsedVideoTimeRatio' });
	const value = (name: string) => (totals && Number.isFinite(totals[name]) ? (totals[name] as number) : 0);
	return {
		views: value('views'),
		likes: value('likes'),
		shares: value('shares'),
		comments: value('comments'),
		watchTimeSeconds: value('estimatedMinutesWatched') * 60,
		avgViewDurationSeconds: value('averageViewDuration'),
		retention: curve.length > 0 ? curve.map((point) => ({ at: point.elapsedVideoTimeRatio ?? 0, ratio: point.audienceWatchRatio ?? 0 })) : null,
	};
};
