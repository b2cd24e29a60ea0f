import type { RenderJobData } from '../../../../core/contracts/render-job.js';
import { mediaOptionsOf, prepareMedia } from '../../media/prepare-media.js';
import { narratedProps } from '../../narration/narrated-props.js';
import { span } from '../../progress-span.js';
import { renderSettingsOf } from '../../render-settings-of.js';
import { renderVideo } from '../../render-video.js';
import type { ProducedVideo, RenderAttempt, RenderContext, ReportProgress } from '../../run-render.js';
import { splitRenderIntoChunks } from '../chunked/split-render-into-chunks.js';

/** Renders in this process: the whole video, or (with a coordinator and `chunks` above 1) the plan that splits it. */
export const renderLocally = async (
	data: RenderJobData,
	scratchFile: string,
	attempt: RenderAttempt,
	ctx: RenderContext,
	report: ReportProgress,
	signal: AbortSignal,
) => {
	const frames = { renderedFrames: 0, encodedFrames: 0, totalFrames: 0 };
	const { props, voiceoverMs } = await narratedProps(data, ctx, signal);
	const prepareStart = Date.now();
	const media = await prepareMedia(props, ctx.assets, mediaOptionsOf(ctx, signal));
	try {
		const prepareMs = Date.now() - prepareStart;
		report({ stage: 'bundling', progress: 0.03, ...frames }, true);
		const bundleStart = Date.now();
		const { serveUrl } = await ctx.getServeUrl();
		const bundleMs = Date.now() - bundleStart;
		if (data.output.chunks > 1 && attempt.chunks) {
			return await splitRenderIntoChunks({
				data,
				props,
				mediaProps: media.props,
				serveUrl,
				timings: { voiceoverMs, prepareMs, bundleMs },
				coordinator: attempt.chunks,
				ctx,
				signal,
			});
		}
		const renderStart = Date.now();
		const video = await renderVideo({
			serveUrl,
			compositionId: data.template,
			inputProps: media.props,
			outputPath: scratchFile,
			output: data.output,
			...(await renderSettingsOf(ctx)),
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
		const timings = { voiceoverMs, prepareMs, bundleMs, renderMs: Date.now() - renderStart };
		return { file: scratchFile, video, timings, record: {} } satisfies ProducedVideo;
	} finally {
		media.release();
	}
};
