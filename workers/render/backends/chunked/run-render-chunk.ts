import fs from 'node:fs';
import path from 'node:path';
import type { RenderChunkJobData, RenderChunkResult } from '../../../../core/contracts/render-job.js';
import { addChunkProgress } from '../../../../core/renders/add-chunk-progress.js';
import { validateTemplateProps } from '../../../../core/templates/validate-template-props.js';
import { mediaOptionsOf, prepareMedia } from '../../media/prepare-media.js';
import { recordFailedAttempt } from '../../record-failed-attempt.js';
import type { RenderAttempt } from '../../render-attempt.js';
import { type RenderContext, renderContextIn } from '../../render-context.js';
import { RenderCancelledError, RenderInputError } from '../../render-errors.js';
import { renderSettingsOf } from '../../render-settings-of.js';
import { renderVideo } from '../../render-video.js';
import { throttle } from '../../throttle.js';
import { chunkAudioKeyOf, chunkVideoKeyOf } from './chunk-storage-keys.js';

// The chunks together move the render from 5 % to 90 %; the join and the upload take the rest.
const CHUNKS_SHARE = 0.85;
const PROGRESS_WRITE_INTERVAL_MS = 500;

/**
 * Renders one frame range of a chunked render and stores its video and audio for the join.
 * Adds its share to the render's progress as it goes (and takes it back if it fails, so a retry does not count twice).
 * A final failure fails the whole render with the chunk's reason.
 */
export const runRenderChunk = async (
	data: RenderChunkJobData,
	attempt: Pick<RenderAttempt, 'signal' | 'attempt' | 'isFinalAttempt'>,
	processCtx: RenderContext,
): Promise<RenderChunkResult> => {
	const { db, logger } = processCtx;
	const id = data.renderId;
	const [first, last] = data.frameRange;
	const frames = last - first + 1;
	const which = `chunk ${data.index + 1} (frames ${first}-${last})`;
	const render = await db.render.findUnique({ where: { id }, select: { status: true, workspaceId: true } });
	if (!render) throw new RenderInputError(`Render ${id} does not exist`);
	const ctx = renderContextIn(processCtx, render.workspaceId);
	if (render.status === 'cancelled') throw new RenderCancelledError(id);
	if (render.status === 'failed' || render.status === 'done') throw new RenderInputError(`Render ${id} is already ${render.status}; ${which} is not needed`);

	const localAbort = new AbortController();
	const signal = AbortSignal.any([attempt.signal, localAbort.signal]);
	let counted = 0;
	const countFrames = throttle<number>(PROGRESS_WRITE_INTERVAL_MS, (rendered) => {
		const delta = ((rendered - counted) / data.durationInFrames) * CHUNKS_SHARE;
		counted = rendered;
		addChunkProgress(db, id, delta).then(
			// Cancelled (or failed by another chunk) meanwhile: stop this one too.
			(live) => live || localAbort.abort(),
			(error: unknown) => logger.warn('progress write failed', { renderId: id, error: String(error) }),
		);
	});

	const scratchVideo = path.join(ctx.scratchDir, `${id}-chunk${data.index}-attempt${attempt.attempt}.ts`);
	const scratchAudio = path.join(ctx.scratchDir, `${id}-chunk${data.index}-attempt${attempt.attempt}.wav`);
	let releaseMedia = () => {};
	try {
		const validation = validateTemplateProps(data.template, data.props);
		if (!validation.ok) throw new RenderInputError(validation.message);
		const media = await prepareMedia(validation.props, ctx.assets, mediaOptionsOf(ctx, signal));
		releaseMedia = media.release;
		const { serveUrl } = await ctx.getServeUrl();
		await fs.promises.mkdir(ctx.scratchDir, { recursive: true });
		const started = Date.now();
		const video = await renderVideo({
			serveUrl,
			compositionId: data.template,
			inputProps: media.props,
			outputPath: scratchVideo,
			output: data.output,
			...(await renderSettingsOf(ctx)),
			signal,
			onProgress: (progress) => countFrames(progress.renderedFrames),
			chunk: { frameRange: data.frameRange, audioOutputPath: scratchAudio },
		});
		signal.throwIfAborted();
		const renderMs = Date.now() - started;
		countFrames(frames, true);
		const videoKey = chunkVideoKeyOf(id, data.index);
		await ctx.storage.putFile(videoKey, scratchVideo);
		const hasAudio = fs.existsSync(scratchAudio);
		const audioKey = hasAudio ? chunkAudioKeyOf(id, data.index) : null;
		if (audioKey) await ctx.storage.putFile(audioKey, scratchAudio);
		logger.info('chunk done', { renderId: id, chunk: data.index, frames, renderMs });
		return { index: data.index, videoKey, audioKey, frames, encoder: video.encoder, renderMs };
	} catch (error) {
		// Taken back, so the chunk's retry does not count its frames twice.
		if (counted > 0) await addChunkProgress(db, id, -(counted / data.durationInFrames) * CHUNKS_SHARE).catch(() => false);
		throw await recordFailedAttempt(ctx, { renderId: id, attempt: attempt.attempt, isFinalAttempt: attempt.isFinalAttempt, part: which }, error);
	} finally {
		releaseMedia();
		await fs.promises.rm(scratchVideo, { force: true });
		await fs.promises.rm(scratchAudio, { force: true });
	}
};
