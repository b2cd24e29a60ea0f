import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { PlatformError } from '../../platform-error.js';
import type { Publisher } from '../../publish-target.js';
import { callTiktok } from './call-tiktok.js';
import { planTiktokChunks } from './plan-tiktok-chunks.js';
import { tiktokPostUrlOf } from './tiktok-post-url-of.js';
import type { TiktokTarget } from './tiktok-target-schema.js';
import { uploadTiktokChunks } from './upload-tiktok-chunks.js';

const creatorInfoSchema = z.object({
	creator_username: z.string().optional(),
	privacy_level_options: z.array(z.string()),
	max_video_post_duration_sec: z.number().optional(),
	comment_disabled: z.boolean().optional(),
	duet_disabled: z.boolean().optional(),
	stitch_disabled: z.boolean().optional(),
});
const initSchema = z.object({ publish_id: z.string().min(1), upload_url: z.string().url() });
const statusSchema = z.object({
	status: z.string(),
	fail_reason: z.string().optional(),
	publicaly_available_post_id: z.array(z.union([z.string(), z.number()])).optional(),
});
/** Once the file is in, a retried attempt only polls: the publish id, and whether every chunk was accepted. */
const uploadStateSchema = z.object({ tiktokPublishId: z.string().optional(), tiktokUploaded: z.boolean().optional() }).catch({});

/**
 * Posts a render with TikTok's Content Posting API (direct post): creator info (which privacy levels this creator may use),
 * init with the chunk plan, chunked upload, then status polling until PUBLISH_COMPLETE or FAILED. Once the file is
 * uploaded the publish id is saved, so a retried attempt only polls.
 */
export const publishToTiktok: Publisher<TiktokTarget> = async (input, deps) => {
	const { publication, render, video, signal } = input;
	const { target } = publication;
	const account = await deps.db.platformAccount.findUnique({ where: { id: target.accountId }, select: { handle: true } });
	let username = account?.handle ?? null;
	let state = uploadStateSchema.parse(publication.uploadState);

	if (!state.tiktokPublishId || !state.tiktokUploaded) {
		await input.setStatus('uploading');
		const info = await callTiktok(deps, target.accountId, { path: '/v2/post/publish/creator_info/query/', body: {}, schema: creatorInfoSchema, signal });
		username = info.creator_username ?? username;
		const privacyLevel = target.privacyLevel ?? (info.privacy_level_options.includes('SELF_ONLY') ? 'SELF_ONLY' : info.privacy_level_options[0]);
		if (!privacyLevel || !info.privacy_level_options.includes(privacyLevel)) {
			throw new PlatformError(
				`"privacyLevel" must be one this creator may use (${info.privacy_level_options.join(', ') || 'none'}), but is ${privacyLevel}`,
				'rejected',
				false,
			);
		}
		const seconds = render.fps && render.durationInFrames ? render.durationInFrames / render.fps : 0;
		if (info.max_video_post_duration_sec !== undefined && seconds > info.max_video_post_duration_sec) {
			throw new PlatformError(
				`The video is ${seconds.toFixed(1)} s long; this creator may post at most ${info.max_video_post_duration_sec} s`,
				'rejected',
				false,
			);
		}
		const plan = planTiktokChunks(video.sizeBytes, deps.publishing.tiktokChunkBytes);
		const init = await callTiktok(deps, target.accountId, {
			path: '/v2/post/publish/video/init/',
			body: {
				post_info: {
					title: target.caption,
					privacy_level: privacyLevel,
					disable_comment: target.disableComment || info.comment_disabled === true,
					disable_duet: target.disableDuet || info.duet_disabled === true,
					disable_stitch: target.disableStitch || info.stitch_disabled === true,
				},
				source_info: { source: 'FILE_UPLOAD', video_size: video.sizeBytes, chunk_size: plan.chunkSize, total_chunk_count: plan.totalChunkCount },
			},
			schema: initSchema,
			signal,
		});
		state = { ...state, tiktokPublishId: init.publish_id, tiktokUploaded: false };
		await input.saveUploadState(state);
		await uploadTiktokChunks({ uploadUrl: init.upload_url, file: video.path, total: video.sizeBytes, plan, signal, fetch: deps.outbound.fetch });
		state = { ...state, tiktokUploaded: true };
		await input.saveUploadState(state);
	}

	await input.setStatus('processing');
	const publishId = state.tiktokPublishId as string;
	const deadline = Date.now() + deps.publishing.pollTimeoutMs;
	for (;;) {
		const status = await callTiktok(deps, target.accountId, {
			path: '/v2/post/publish/status/fetch/',
			body: { publish_id: publishId },
			schema: statusSchema,
			signal,
		});
		if (status.status === 'PUBLISH_COMPLETE') {
			// Private (SELF_ONLY) posts have no public id: the publish id is what identifies them.
			const postId = status.publicaly_available_post_id?.[0];
			if (postId === undefined) return { platformId: publishId, url: null };
			return { platformId: String(postId), url: tiktokPostUrlOf(username, String(postId)) };
		}
		if (status.status === 'FAILED') {
			// A post TikTok refused is done for: a retry by a person starts over with a new upload.
			await input.saveUploadState({ ...state, tiktokPublishId: undefined, tiktokUploaded: undefined });
			throw new PlatformError(`TikTok could not publish the video: ${status.fail_reason ?? 'no reason given'}`, 'rejected', false);
		}
		if (Date.now() > deadline) {
			throw new PlatformError(
				`TikTok was still processing the video (${status.status}) after ${deps.publishing.pollTimeoutMs} ms; the next attempt checks again`,
				'unavailable',
				true,
			);
		}
		await sleep(deps.publishing.pollMs, undefined, { signal });
	}
};
