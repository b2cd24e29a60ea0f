import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { extractThumbnail } from '../../../media/extract-thumbnail.js';
import { accessTokenOf } from '../../access-token-of.js';
import { PlatformError } from '../../platform-error.js';
import type { Publisher } from '../../publish-target.js';
import { withAccessToken } from '../../with-access-token.js';
import { setYoutubeThumbnail, YOUTUBE_THUMBNAIL_MAX_BYTES } from './set-youtube-thumbnail.js';
import { startYoutubeUpload } from './start-youtube-upload.js';
import { UploadSessionExpiredError, uploadResumable } from './upload-resumable.js';
import { uploadYoutubeCaptions } from './upload-youtube-captions.js';
import { youtubePlatform } from './youtube-platform.js';
import { youtubePostUrlOf } from './youtube-post-url-of.js';
import type { YoutubeTarget } from './youtube-target-schema.js';
import { youtubeVideoResourceOf } from './youtube-video-resource.js';

const videoResourceSchema = z.object({ id: z.string().min(1) });

/** What a retried attempt resumes from: the session URI, then the video id, then whether the thumbnail and captions are set. */
const uploadStateSchema = z
	.object({
		youtubeSessionUrl: z.string().optional(),
		youtubeVideoId: z.string().optional(),
		thumbnailSet: z.boolean().optional(),
		captionTrackId: z.string().optional(),
	})
	.catch({});

/**
 * Uploads a render to a YouTube channel. Each step is saved as it completes (session URI, then video id, then thumbnail,
 * then the caption track),
 * so a retried attempt resumes the session or skips what is done instead of uploading the video a second time.
 */
export const publishToYoutube: Publisher<YoutubeTarget> = async (input, deps) => {
	const { publication, render, video, signal } = input;
	const { target } = publication;
	const apiBaseUrl = deps.publishing.urls.youtubeApi;
	let state = uploadStateSchema.parse(publication.uploadState);
	const save = async (patch: typeof state) => {
		state = { ...state, ...patch };
		await input.saveUploadState(state);
	};

	if (!state.youtubeVideoId) {
		await input.setStatus('uploading');
		const upload = async (resume: boolean, sessionUrl: string) =>
			uploadResumable(
				{
					sessionUrl,
					file: video.path,
					total: video.sizeBytes,
					chunkBytes: deps.publishing.youtubeUploadChunkBytes,
					token: async () => (await accessTokenOf(deps, youtubePlatform, target.accountId, { signal })).token,
					refresh: async () => (await accessTokenOf(deps, youtubePlatform, target.accountId, { forceRefresh: true, signal })).token,
					signal,
					fetch: deps.outbound.fetch,
				},
				{ resume },
			);
		const openSession = async () => {
			const resource = youtubeVideoResourceOf(target, render, input.credits);
			const sessionUrl = await withAccessToken(
				deps,
				youtubePlatform,
				target.accountId,
				(token) => startYoutubeUpload({ apiBaseUrl, token, resource, sizeBytes: video.sizeBytes, signal, fetch: deps.outbound.fetch }),
				signal,
			);
			await save({ youtubeSessionUrl: sessionUrl });
			return sessionUrl;
		};
		let uploaded: unknown;
		try {
			uploaded = state.youtubeSessionUrl ? await upload(true, state.youtubeSessionUrl) : await upload(false, await openSession());
		} catch (error) {
			if (!(error instanceof UploadSessionExpiredError)) throw error;
			deps.logger.info('youtube upload session expired, starting again', { publicationId: publication.id });
			uploaded = await upload(false, await openSession());
		}
		const parsed = videoResourceSchema.safeParse(uploaded);
		if (!parsed.success) throw new PlatformError('YouTube finished the upload without a video id', 'other', true);
		await save({ youtubeVideoId: parsed.data.id, youtubeSessionUrl: undefined });
	}
	const videoId = state.youtubeVideoId as string;

	let note: string | null = null;
	if (target.thumbnailFrame !== undefined && !state.thumbnailSet) {
		const stem = path.join(deps.tempDir, `thumbnail-${publication.id}`);
		try {
			await fs.promises.mkdir(deps.tempDir, { recursive: true });
			const image = await extractThumbnail(video.path, target.thumbnailFrame / (render.fps ?? 30), stem, { maxBytes: YOUTUBE_THUMBNAIL_MAX_BYTES });
			await withAccessToken(
				deps,
				youtubePlatform,
				target.accountId,
				(token) => setYoutubeThumbnail({ apiBaseUrl, token, videoId, image: image.path, contentType: image.contentType, signal, fetch: deps.outbound.fetch }),
				signal,
			);
			await save({ thumbnailSet: true });
		} catch (error) {
			// The video is up: a refused thumbnail (unverified channel, quota) is reported, not worth uploading again for.
			if (error instanceof PlatformError && error.retryable && error.reason !== 'auth') throw error;
			note = `Published, but the custom thumbnail was not set: ${error instanceof Error ? error.message : String(error)}`;
		} finally {
			await Promise.all(['png', 'jpg'].map((extension) => fs.promises.rm(`${stem}.${extension}`, { force: true })));
		}
	}
	if (target.captions && !state.captionTrackId) {
		const captions = await uploadYoutubeCaptions(input, deps, videoId);
		if ('trackId' in captions) await save({ captionTrackId: captions.trackId });
		else if (captions.note) note = note ? `${note}; ${captions.note}` : captions.note;
	}
	return { platformId: videoId, url: youtubePostUrlOf(videoId, render), note };
};
