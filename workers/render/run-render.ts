import fs from 'node:fs';
import path from 'node:path';
import { WaitingChildrenError } from 'bullmq';
import { type RenderJobData, type RenderProgress, type RenderResult, renderResultSchema, type StageTimings } from '../../core/contracts/render-job.js';
import { resolveDelivery } from '../../core/delivery/resolve-delivery.js';
import { claimRender } from '../../core/renders/claim-render.js';
import { recordDelivery } from '../../core/renders/record-delivery.js';
import { recordDone } from '../../core/renders/record-done.js';
import { recordProgress } from '../../core/renders/record-progress.js';
import { renderBackends } from './backends/render-backends.js';
import { finishDeliveredFile } from './delivery/finish-delivered-file.js';
import { type StoredOutput, storeDeliveredFiles } from './delivery/store-delivered-files.js';
import { recordFailedAttempt } from './record-failed-attempt.js';
import type { RenderAttempt, ReportProgress } from './render-attempt.js';
import { type RenderContext, renderContextIn } from './render-context.js';
import { RenderCancelledError, RenderInputError } from './render-errors.js';
import { mixPathOf } from './render-video.js';
import { throttle } from './throttle.js';
import { writeCaptionSidecars } from './write-caption-sidecars.js';

const PROGRESS_WRITE_INTERVAL_MS = 500;

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
	let delivered: string[] = [];
	// What this attempt put into storage, removed again should it fail after (a full disk while writing the sidecars).
	const stored: string[] = [];
	try {
		if (!data.chunking) report({ stage: 'preparing', progress: 0, renderedFrames: 0, encodedFrames: 0, totalFrames: 0 }, true);
		await fs.promises.mkdir(ctx.scratchDir, { recursive: true });
		const produced = await renderBackends[data.backend].produce({ data, attempt, ctx, outputPath: scratchFile, signal, report });
		const { video } = produced;
		signal.throwIfAborted();

		const doneFrames = { renderedFrames: video.durationInFrames, encodedFrames: video.durationInFrames, totalFrames: video.durationInFrames };
		// Every backend's file is finished the same way before it is stored: sync, loudness, colour checked, extras written.
		report({ stage: 'encoding', progress: 0.95, ...doneFrames }, true);
		const delivery = resolveDelivery(data.output, ctx.delivery.loudness);
		const finished = await finishDeliveredFile({ produced, delivery, dir: ctx.scratchDir, name: path.basename(scratchFile, '.mp4'), signal });
		delivered = finished.files.map((file) => file.path);
		signal.throwIfAborted();
		report({ stage: 'uploading', progress: 0.96, ...doneFrames }, true);
		const uploadStart = Date.now();
		const outputs = await storeDeliveredFiles(ctx.storage, id, finished.files);
		stored.push(...outputs.map((output) => output.key));
		const [{ key: outputKey, sizeBytes }] = outputs as [StoredOutput, ...StoredOutput[]];
		const captionFiles = await writeCaptionSidecars(ctx, id);
		stored.push(...captionFiles.map((file) => file.key));
		const timings: StageTimings = { ...produced.timings, uploadMs: Date.now() - uploadStart };
		if (
			!(await recordDelivery(db, id, finished.report, outputs)) ||
			!(await recordDone(db, id, { outputKey, sizeBytes, ...video, timings, record: produced.record }))
		) {
			await Promise.all([...outputs.map((output) => output.key), ...captionFiles.map((file) => file.key)].map((key) => ctx.storage.remove(key)));
			throw new RenderCancelledError(id);
		}
		await produced.cleanup?.().catch((error: unknown) => logger.warn('cleanup after render failed', { renderId: id, error: String(error) }));
		attempt.onProgress({ stage: 'uploading', progress: 1, ...doneFrames });
		logger.info('render done', { renderId: id, backend: data.backend, sizeBytes, ms: Date.now() - started });
		return { outputKey, sizeBytes, ...video, timings };
	} catch (raw) {
		// Not a failure: a fanned-out render's job waits for its children and is run again to finish.
		if (raw instanceof WaitingChildrenError) throw raw;
		await Promise.all(stored.map((key) => ctx.storage.remove(key).catch(() => {})));
		throw await recordFailedAttempt(ctx, { renderId: id, attempt: attempt.attempt, isFinalAttempt: attempt.isFinalAttempt }, raw);
	} finally {
		for (const file of [scratchFile, mixPathOf(scratchFile), ...delivered]) await fs.promises.rm(file, { force: true });
	}
};
