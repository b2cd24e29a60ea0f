import fs from 'node:fs';
import path from 'node:path';
import type { X264Preset } from '@remotion/renderer';
import { WaitingChildrenError } from 'bullmq';
import type { ResolvedBrowser } from '../../core/browser/resolve-browser.js';
import {
	type ChunkPlan,
	type RenderChunkJobData,
	type RenderChunkResult,
	type RenderJobData,
	type RenderProgress,
	type RenderResult,
	renderResultSchema,
	type StageTimings,
} from '../../core/contracts/render-job.js';
import type { Database } from '../../core/db/create-database.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import type { Logger } from '../../core/log/create-logger.js';
import type { OutboundPolicy } from '../../core/net/outbound-policy.js';
import type { LocalStorage } from '../../core/storage/local-storage.js';
import type { VoiceoverDeps } from '../../core/voiceover/synthesize-voiceover.js';
import { scopeStorage, type WorkspaceStorage } from '../../core/workspaces/scope-storage.js';
import { joinRenderChunks } from './backends/chunked/join-render-chunks.js';
import type { LambdaBackend } from './backends/lambda/lambda-backend.js';
import { renderViaLambda } from './backends/lambda/render-via-lambda.js';
import { renderLocally } from './backends/local/render-locally.js';
import type { BrowserSession } from './browser-session.js';
import type { NvidiaGpu } from './gpu/detect-nvidia-gpu.js';
import type { RenderAssetServer } from './media/serve-render-assets.js';
import { isRetryableRenderError, RenderCancelledError, RenderInputError } from './render-errors.js';
import { renderFailureMessageOf } from './render-failure-message-of.js';
import type { RenderVideoResult } from './render-video.js';
import type { EgressGuard } from './sandbox/start-egress-guard.js';
import { throttle } from './throttle.js';

export type RenderContext = {
	db: Database;
	/** All of storage; each render works in its workspace's part (see renderContextIn). */
	rootStorage: LocalStorage;
	/** The workspace's storage of the render at hand (the default workspace's outside a render). */
	storage: WorkspaceStorage;
	assets: RenderAssetServer;
	browser: BrowserSession;
	/** The render browser's egress guard: pages reach their own Remotion server and the media server, nothing else. */
	sandbox: EgressGuard;
	resolvedBrowser: ResolvedBrowser;
	/** Detected once at start; decides NVENC or x264 and the browser's GL flags. */
	gpu: NvidiaGpu;
	getServeUrl: () => Promise<{ serveUrl: string; cached: boolean }>;
	/** This process's scratch directory; partial outputs live here until they are moved into storage. */
	scratchDir: string;
	mediaCacheDir: string;
	/** Browser tabs per render (config RENDER_CONCURRENCY, one per core by default). */
	renderConcurrency: number;
	x264Preset: X264Preset;
	fetchTimeoutMs: number;
	fetchMaxBytes: number;
	/** Every media download goes through it (private networks refused unless allow-listed). */
	outbound: OutboundPolicy;
	voiceover: Pick<VoiceoverDeps, 'providers' | 'targetLufs'>;
	/** null: this worker cannot render on Lambda (not configured). */
	lambda: LambdaBackend | null;
	/** Where Lambda fetches `storage:` media from (this deployment's /files); null when there is no public address. */
	publicUrl: string | null;
	logger: Logger;
};

/** How a chunked render hands its frame ranges to other workers and gets them back. Provided by the queue worker. */
export type ChunkCoordinator = {
	/** Queues the chunks as children of this render's job and parks the job until all are done (throws BullMQ's WaitingChildrenError). */
	queueChunks: (plan: ChunkPlan, chunks: RenderChunkJobData[]) => Promise<never>;
	/** What each finished chunk stored; parks the job again (WaitingChildrenError) while any chunk is still to finish. */
	results: () => Promise<RenderChunkResult[]>;
};

export type RenderAttempt = {
	signal: AbortSignal;
	/** 1-based. */
	attempt: number;
	isFinalAttempt: boolean;
	onProgress: (progress: RenderProgress) => void;
	/** Absent where no queue is behind the render (the CLI, benchmarks): `chunks` above 1 is then rendered in one piece. */
	chunks?: ChunkCoordinator;
};

export type ReportProgress = (progress: RenderProgress, force?: boolean) => void;

/** A rendered file in scratch space and what it is, before it is stored. */
export type ProducedVideo = {
	file: string;
	/** `encoder` may name more than one (chunks rendered on different machines) or the backend's (Lambda). */
	video: Omit<RenderVideoResult, 'encoder'> & { encoder: string };
	timings: Omit<StageTimings, 'uploadMs'>;
	/** Backend-specific columns recorded with the finished render. */
	record: Pick<Prisma.RenderUncheckedUpdateInput, 'lambda' | 'costEstimateUsd' | 'chunkCount'>;
	/** Removes what the backend left behind (a chunked render's chunks), once the output is safely stored. */
	cleanup?: () => Promise<void>;
};

const PROGRESS_WRITE_INTERVAL_MS = 500;

/** The context a render of `workspaceId` works in: its storage is the workspace's, so its `storage:` media and outputs stay there. */
export const renderContextIn = <T extends Pick<RenderContext, 'rootStorage' | 'storage'>>(ctx: T, workspaceId: string): T => ({
	...ctx,
	storage: scopeStorage(ctx.rootStorage, workspaceId),
});
export const outputKeyOf = (renderId: string) => `renders/${renderId}.mp4`;

/**
 * Renders one job from its row in the database to a file in storage, recording status, progress and timings.
 * Safe to run again for the same render (after a crash or a retry): the output is written under a fixed key.
 */
export const runRender = async (data: RenderJobData, attempt: RenderAttempt, processCtx: RenderContext): Promise<RenderResult> => {
	const { db, logger } = processCtx;
	const id = data.renderId;
	const existing = await db.render.findUnique({ where: { id } });
	if (!existing) throw new RenderInputError(`Render ${id} does not exist`);
	const ctx = renderContextIn(processCtx, existing.workspaceId);
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
	// The join after a chunked render's chunks keeps the progress and start time the chunks got to.
	const claimed = await db.render.updateMany({
		where: { id, status: { not: 'cancelled' } },
		data: data.chunking
			? { status: 'encoding', attempts: attempt.attempt, error: null }
			: { status: 'rendering', progress: 0, startedAt: new Date(started), attempts: attempt.attempt, error: null },
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
	const report: ReportProgress = (progress, force = false) => {
		attempt.onProgress(progress);
		writeProgress(progress, force);
	};

	const scratchFile = path.join(ctx.scratchDir, `${id}-attempt${attempt.attempt}.mp4`);
	try {
		if (!data.chunking) report({ stage: 'preparing', progress: 0, renderedFrames: 0, encodedFrames: 0, totalFrames: 0 }, true);
		await fs.promises.mkdir(ctx.scratchDir, { recursive: true });
		const produced: ProducedVideo = data.chunking
			? await joinRenderChunks({ renderId: id, plan: data.chunking, outputPath: scratchFile, coordinator: attempt.chunks, ctx, signal, report })
			: data.backend === 'lambda'
				? await renderViaLambda({ data, outputPath: scratchFile, ctx, signal, report })
				: await renderLocally(data, scratchFile, attempt, ctx, report, signal);
		const { video } = produced;
		signal.throwIfAborted();

		const doneFrames = { renderedFrames: video.durationInFrames, encodedFrames: video.durationInFrames, totalFrames: video.durationInFrames };
		report({ stage: 'uploading', progress: 0.96, ...doneFrames }, true);
		const uploadStart = Date.now();
		const outputKey = outputKeyOf(id);
		const { sizeBytes } = await ctx.storage.putFile(outputKey, produced.file);
		const timings: StageTimings = { ...produced.timings, uploadMs: Date.now() - uploadStart };

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
				...produced.record,
			},
		});
		if (count === 0) {
			await ctx.storage.remove(outputKey);
			throw new RenderCancelledError(id);
		}
		await produced.cleanup?.().catch((error: unknown) => logger.warn('cleanup after render failed', { renderId: id, error: String(error) }));
		attempt.onProgress({ stage: 'uploading', progress: 1, ...doneFrames });
		logger.info('render done', { renderId: id, sizeBytes, ms: Date.now() - started });
		return result;
	} catch (rawError) {
		// Not a failure: a chunked render's job waits for its chunks and is run again to join them.
		if (rawError instanceof WaitingChildrenError) throw rawError;
		const current = await db.render.findUnique({ where: { id }, select: { status: true } });
		const cancelled = current?.status === 'cancelled' || rawError instanceof RenderCancelledError;
		const error = cancelled ? new RenderCancelledError(id) : rawError;
		const message = renderFailureMessageOf(error);
		if (!cancelled) {
			const final = attempt.isFinalAttempt || !isRetryableRenderError(error);
			await db.render.updateMany({
				where: { id, status: { not: 'cancelled' } },
				data: final
					? { status: 'failed', error: message, finishedAt: new Date() }
					: { status: 'queued', error: `Attempt ${attempt.attempt} failed, retrying: ${message}` },
			});
			logger.warn(final ? 'render failed' : 'render attempt failed, will retry', {
				renderId: id,
				attempt: attempt.attempt,
				error: message,
				raw: error instanceof Error ? (error.stack ?? error.message).slice(0, 4000) : String(error),
			});
		}
		throw error;
	} finally {
		await fs.promises.rm(scratchFile, { force: true });
	}
};
