import { z } from 'zod';
import type { PlatformDeps } from '../../platform-deps.js';
import type { PlatformMetrics } from '../../publish-target.js';
import { callTiktok } from './call-tiktok.js';

const videosSchema = z.object({
	videos: z
		.array(
			z.object({
				id: z.union([z.string(), z.number()]),
				view_count: z.number().optional(),
				like_count: z.number().optional(),
				share_count: z.number().optional(),
				comment_count: z.number().optional(),
			}),
		)
		.default([]),
});

/** TikTok's query takes at most 20 video ids per request. */
const BATCH = 20;

/** Views, likes, shares and comments of an account's videos (POST /v2/video/query/), by video id. */
export const fetchTiktokMetrics = async (
	deps: PlatformDeps,
	accountId: string,
	videoIds: string[],
	signal?: AbortSignal,
): Promise<Map<string, PlatformMetrics>> => {
	const found = new Map<string, PlatformMetrics>();
	for (let start = 0; start < videoIds.length; start += BATCH) {
		const { videos } = await callTiktok(deps, accountId, {
			path: '/v2/video/query/',
			query: '?fields=id,view_count,like_count,share_count,comment_count',
			body: { filters: { video_ids: videoIds.slice(start, start + BATCH) } },
			schema: videosSchema,
			signal,
		});
		for (const video of videos) {
			found.set(String(video.id), {
				views: video.view_count ?? null,
				likes: video.like_count ?? null,
				shares: video.share_count ?? null,
				comments: video.comment_count ?? null,
				watchTimeSeconds: null,
				avgViewDurationSeconds: null,
				retention: null,
			});
		}
	}
	return found;
};
