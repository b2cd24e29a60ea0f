import fs from 'node:fs';
import path from 'node:path';
import { type RenderJobData, type RenderProgress, type RenderResult, renderResultSchema } from '../core/contracts/render-job.js';
import type { Database } from '../core/db/create-database.js';
import type { Logger } from '../core/log/create-logger.js';
import type { LocalStorage } from '../core/storage/local-storage.js';
import type { ResolvedBrowser } from '../core/system/resolve-browser.js';
import { validateTemplateProps } from '../core/templates/validate-template-props.js';
import { synthesizeVoiceover, type VoiceoverDeps } from '../core/voiceover/synthesize-voiceover.js';
import { applyNarration } from './apply-narration.js';
import type { BrowserSession } from './browser-session.js';
import type { NvidiaGpu } from './gpu/detect-nvidia-gpu.js';
import { mediaOptionsOf, prepareMedia } from './prepare-media.js';
import { isRetryableRenderError, RenderCancelledError, RenderInputError } from './render-errors.js';
import { renderVideo } from './render-video.js';
import type { RenderAssetServer } from './serve-render-assets.js';
import { throttle } from './throttle.js';

export type RenderContext = {
	db: Database;
	storage: LocalStorage;
	assets: RenderAssetServer;
	browser: BrowserSession;
	resolvedBrowser: ResolvedBrowser;
	/** Detected once at start; decides NVENC or x264 and the browser's GL flags. */
	gpu: NvidiaGpu;
	getServeUrl: () => Promise<{ serveUrl: string; cached: boolean }>;
	/** This process's scratch directory; partial outputs live here until they are moved into storage. */
	scratchDir: string;
	mediaCacheDir: string;
	renderConcurrency: number | null;
	fetchTimeoutMs: number;
	fetchMaxBytes: number;
	/** Media URLs on loopback or private networks are refused unless this is set. */
	allowPrivateNetworks: boolean;
	voiceover: Pick<VoiceoverDeps, 'providers' | 'targetLufs'>;
	logger: Logger;
};

export type RenderAttempt = {
	signal: AbortSignal;
	/** 1-based. */
	attempt: number;
	isFinalAttempt: boolean;
	onProgress: (progress: RenderProgress) => void;
};

const PROGRESS_WRITE_INTERVAL_MS = 500;
export const outputKeyOf = (renderId: string) => `renders/${renderId}.mp4`;

const span = (from: number, to: number, fraction: number) => from + (to - from) * Math.min(1, Math.max(0, fraction));

/**
 * Renders one job from its row in the database to a file in storage, recording status, progress and timings.
 * Safe to run again for the same render (after a crash or a retry): the output is written under a fixed key.
 */
export const runRender = async (data: RenderJobData, attempt: RenderAttempt, ctx: RenderContext): Promise<RenderResult> => {
	const { db, logger } = ctx;
	const id = data.renderId;
	const existing = await db.render.findUnique({ where: { id } });
	if (!existing) throw new RenderInputError(`Render ${id} does not exist`);
	if (existing.status === 'cancelled') throw new RenderCancelledError(id);
	// A worker that died after finishing but before the queue heard of it: the output is there; do not render twice.
	if (existing.status === 'done' && existing.outputKey && (await ctx.storage.stat(existing.outputKey))) {
		return renderResultSchema.parse({
			outputKey: existing.outputKey,
			sizeBytes: existing.outputSizeBytes,
			encoder: existing.encoder,
			width: existing.width,
			height: existing.height,
			fps: existing.fps,
			durationInFrames: existing.durationInFrames,
			timings: existing.stageTimings,
		});
	}

	const localAbort = new AbortController();
	const signal = AbortSignal.any([attempt.signal, localAbort.signal]);
	const started = Date.now();
	// Conditional, so a cancel that lands between the read above and this write is not overwritten.
	const claimed = await db.render.updateMany({
		where: { id, status: { not: 'cancelled' } },
		data: { status: 'rendering', progress: 0, startedAt: new Date(started), attempts: attempt.attempt, error: null },
	});
	if (claimed.count === 0) throw new RenderCancelledError(id);

	// Progress goes to the queue at every tick and to the database at most twice a second.
	// A write that finds the render cancelled stops it, should the cancel message have been missed.
	const writeProgress = throttle<RenderProgress>(PROGRESS_WRITE_INTERVAL_MS, (progress) => {
		const status = progress.stage === 'encoding' ? 'encoding' : progress.stage === 'uploading' ? 'uploading' : 'rendering';
		db.render
			.updateMany({ where: { id, status: { notIn: ['cancelled', 'failed', 'done'] } }, data: { progress: progress.progress, status } })
			.then(({ count }) => {
				if (count === 0) localAbort.abort();
			})
			.catch((error: unknown) => logger.warn('progress write failed', { renderId: id, error: String(error) }));
	});
	const report = (progress: RenderProgress, force = false) => {
		attempt.onProgress(progress);
		writeProgress(progress, force);
	};

	const scratchFile = path.join(ctx.scratchDir, `${id}-attempt${attempt.attempt}.mp4`);
	let releaseMedia = () => {};
	try {
		const frames = { renderedFrames: 0, encodedFrames: 0, totalFrames: 0 };
		report({ stage: 'preparing', progress: 0, ...frames }, true);
		const voiceoverStart = Date.now();
		let props = data.props;
		if (data.narration) {
			const voiceover = await synthesizeVoiceover(data.narration.text, data.narration.voice, { db, storage: ctx.storage, signal, ...ctx.voiceover });
			props = applyNarration(props, voiceover, data.narration);
			await db.render.update({ where: { id }, data: { voiceoverId: voiceover.id, voiceoverCacheHit: voiceover.cacheHit } });
		}
		const voiceoverMs = Date.now() - voiceoverStart;
		const validation = validateTemplateProps(data.template, props);
		if (!validation.ok) throw new RenderInputError(validation.message);

		const prepareStart = Date.now();
		const media = await prepareMedia(validation.props, ctx.assets, mediaOptionsOf(ctx, signal));
		releaseMedia = media.release;
		const prepareMs = Date.now() - prepareStart;

		report({ stage: 'bundling', progress: 0.03, ...frames }, true);
		const bundleStart = Date.now();
		const { serveUrl } = await ctx.getServeUrl();
		const bundleMs = Date.now() - bundleStart;

		const renderStart = Date.now();
		await fs.promises.mkdir(ctx.scratchDir, { recursive: true });
		const video = await renderVideo({
			serveUrl,
			compositionId: data.template,
			inputProps: media.props,
			outputPath: scratchFile,
			output: data.output,
			browser: await ctx.browser.get(),
			resolvedBrowser: ctx.resolvedBrowser,
			concurrency: ctx.renderConcurrency,
			gpu: ctx.gpu,
			signal,
			onProgress: (p) =>
				report({
					stage: p.stage,
					progress: span(0.05, 0.95, p.fraction),
					renderedFrames: p.renderedFrames,
					encodedFrames: p.encodedFrames,
					totalFrames: p.totalFrames,
				}),
		});
		const renderMs = Date.now() - renderStart;
		signal.throwIfAborted();

		const doneFrames = { renderedFrames: video.durationInFrames, encodedFrames: video.durationInFrames, totalFrames: video.durationInFrames };
		report({ stage: 'uploading', progress: 0.96, ...doneFrames }, true);
		const uploadStart = Date.now();
		const outputKey = outputKeyOf(id);
		const { sizeBytes } = await ctx.storage.putFile(outputKey, scratchFile);
		const timings = { voiceoverMs, prepareMs, bundleMs, renderMs, uploadMs: Date.now() - uploadStart };

		const result: RenderResult = { outputKey, sizeBytes, ...video, timings };
		const { count } = await db.render.updateMany({
			where: { id, status: { not: 'cancelled' } },
			data: {
				status: 'done',
				progress: 1,
				outputKey,
				outputSizeBytes: sizeBytes,
				encoder: video.encoder,
				width: video.width,
				height: video.height,
				fps: video.fps,
				durationInFrames: video.durationInFrames,
				stageTimings: timings,
				finishedAt: new Date(),
			},
		});
		if (count === 0) {
			await ctx.storage.remove(outputKey);
			throw new RenderCancelledError(id);
		}
		attempt.onProgress({ stage: 'uploading', progress: 1, ...doneFrames });
		logger.info('render done', { renderId: id, sizeBytes, ms: Date.now() - started });
		return result;
	} catch (rawError) {
		const current = await db.render.findUnique({ where: { id }, select: { status: true } });
		const cancelled = current?.status === 'cancelled' || rawError instanceof RenderCancelledError;
		const error = cancelled ? new RenderCancelledError(id) : rawError;
		const message = error instanceof Error ? error.message : String(error);
		if (!cancelled) {
			const final = attempt.isFinalAttempt || !isRetryableRenderError(error);
			await db.render.updateMany({
				where: { id, status: { not: 'cancelled' } },
				data: final
					? { status: 'failed', error: message, finishedAt: new Date() }
					: { status: 'queued', error: `Attempt ${attempt.attempt} failed, retrying: ${message}` },
			});
			logger.warn(final ? 'render failed' : 'render attempt failed, will retry', { renderId: id, attempt: attempt.attempt, error: message });
		}
		throw error;
	} finally {
		releaseMedia();
		await fs.promises.rm(scratchFile, { force: true });
	}
};
