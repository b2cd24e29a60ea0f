import fs from 'node:fs';
import path from 'node:path';
import { WaitingChildrenError } from 'bullmq';
import { type RenderJobData, type RenderProgress, type RenderResult, renderResultSchema, type StageTimings } from '../../core/contracts/render-job.js';
import { claimRender } from '../../core/renders/claim-render.js';
import { recordDone } from '../../core/renders/record-done.js';
import { recordProgress } from '../../core/renders/record-progress.js';
import { renderBackends } from './backends/render-backends.js';
import { recordFailedAttempt } from './record-failed-attempt.js';
import type { RenderAttempt, ReportProgress } from './render-attempt.js';
import { type RenderContext, renderContextIn } from './render-context.js';
import { RenderCancelledError, RenderInputError } from './render-errors.js';
import { throttle } from './throttle.js';

const PROGRESS_WRITE_INTERVAL_MS = 500;
export const outputKeyOf = (renderId: string) => `renders/${renderId}.mp4`;

/** What a render that finished before this attempt (its worker died before the queue heard) already stored. */
const resultOfDone = (render: Record<string, unknown>): RenderResult =>
	renderResultSchema.parse({
		outputKey: render.outputKey,
		sizeBytes: render.outputSizeBytes,
		encoder: render.encoder,
		width: render.width,
		height: render.height,
		fps: render.fps,
		durationInFrames: render.durationInFrames,
		timings: render.stageTimings,
	});

/**
 * Renders one job from its row in the database to a file in storage, whichever backend produces it, recording status,
 * progress and timings through core/renders. Safe to run again for the same render (after a crash or a retry): the
 * output is written under a fixed key, and a render that finished is not rendered twice.
 */
export const runRender = async (data: RenderJobData, attempt: RenderAttempt, processCtx: RenderContext): Promise<RenderResult> => {
	const { db, logger } = processCtx;
	const id = data.renderId;
	const existing = await db.render.findUnique({ where: { id } });
	if (!existing) throw new RenderInputError(`Render ${id} does not exist`);
	const ctx = renderContextIn(processCtx, existing.workspaceId);
	if (existing.status === 'cancelled') throw new RenderCancelledError(id);
	if (existing.status === 'done' && existing.outputKey && (await ctx.storage.stat(existing.outputKey))) return resultOfDone(existing);
	if (!(await claimRender(db, id, { attempt: attempt.attempt, joining: data.chunking !== undefined }))) throw new RenderCancelledError(id);

	const localAbort = new AbortController();
	const signal = AbortSignal.any([attempt.signal, localAbort.signal]);
	const started = Date.now();
	// Progress goes to the queue at every tick and to the database at most twice a second. A write that finds the
	// render cancelled (or finished) stops it, should the cancel message have been missed.
	const writeProgress = throttle<RenderProgress>(PROGRESS_WRITE_INTERVAL_MS, (progress) => {
		recordProgress(db, id, progress).then(
			(live) => live || localAbort.abort(),
			(error: unknown) => logger.warn('progress write failed', { renderId: id, error: String(error) }),
		);
	});
	const report: ReportProgress = (progress, force = false) => {
		attempt.onProgress(progress);
		writeProgress(progress, force);
	};

	const scratchFile = path.join(ctx.scratchDir, `${id}-attempt${attempt.attempt}.mp4`);
	try {
		if (!data.chunking) report({ stage: 'preparing', progress: 0, renderedFrames: 0, encodedFrames: 0, totalFrames: 0 }, true);
		await fs.promises.mkdir(ctx.scratchDir, { recursive: true });
		const produced = await renderBackends[data.backend].produce({ data, attempt, ctx, outputPath: scratchFile, signal, report });
		const { video } = produced;
		signal.throwIfAborted();

		const doneFrames = { renderedFrames: video.durationInFrames, encodedFrames: video.durationInFrames, totalFrames: video.durationInFrames };
		report({ stage: 'uploading', progress: 0.96, ...doneFrames }, true);
		const uploadStart = Date.now();
		const outputKey = outputKeyOf(id);
		const { sizeBytes } = await ctx.storage.putFile(outputKey, produced.file);
		const timings: StageTimings = { ...produced.timings, uploadMs: Date.now() - uploadStart };
		if (!(await recordDone(db, id, { outputKey, sizeBytes, ...video, timings, record: produced.record }))) {
			await ctx.storage.remove(outputKey);
			throw new RenderCancelledError(id);
		}
		await produced.cleanup?.().catch((error: unknown) => logger.warn('cleanup after render failed', { renderId: id, error: String(error) }));
		attempt.onProgress({ stage: 'uploading', progress: 1, ...doneFrames });
		logger.info('render done', { renderId: id, backend: data.backend, sizeBytes, ms: Date.now() - started });
		return { outputKey, sizeBytes, ...video, timings };
	} catch (raw) {
		// Not a failure: a fanned-out render's job waits for its children and is run again to finish.
		if (raw instanceof WaitingChildrenError) throw raw;
		throw await recordFailedAttempt(ctx, { renderId: id, attempt: attempt.attempt, isFinalAttempt: attempt.isFinalAttempt }, raw);
	} finally {
		await fs.promises.rm(scratchFile, { force: true });
	}
};
