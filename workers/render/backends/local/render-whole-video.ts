import { recordClipProxies } from '../../../../core/renders/record-clip-proxies.js';
import { framingOf } from '../../media/framing-of.js';
import { mediaOptionsOf, prepareMedia } from '../../media/prepare-media.js';
import { narratedProps } from '../../narration/narrated-props.js';
import { span } from '../../progress-span.js';
import type { ProducedVideo } from '../../render-attempt.js';
import { renderSettingsOf } from '../../render-settings-of.js';
import { renderVideo } from '../../render-video.js';
import type { ProduceInput } from '../render-backend.js';

/** Renders the whole video in this process: voiceover, media, bundle, then every frame in this worker's browser. */
export const renderWholeVideo = async ({ data, ctx, outputPath, signal, report }: ProduceInput): Promise<ProducedVideo> => {
	const frames = { renderedFrames: 0, encodedFrames: 0, totalFrames: 0 };
	const { props, voiceoverMs } = await narratedProps(data, ctx, signal);
	const prepareStart = Date.now();
	const media = await prepareMedia(props, ctx.assets, mediaOptionsOf(ctx, signal), await framingOf(data.template, props, data.output));
	try {
		await recordClipProxies(ctx.db, data.renderId, media.clipProxies);
		const prepareMs = Date.now() - prepareStart;
		report({ stage: 'bundling', progress: 0.03, ...frames }, true);
		const bundleStart = Date.now();
		const { serveUrl } = await ctx.getServeUrl();
		const bundleMs = Date.now() - bundleStart;
		const renderStart = Date.now();
		const video = await renderVideo({
			serveUrl,
			compositionId: data.template,
			inputProps: media.props,
			outputPath,
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
		const { audio, ...videoFacts } = video;
		return { file: outputPath, audio, video: videoFacts, timings: { voiceoverMs, prepareMs, bundleMs, renderMs: Date.now() - renderStart }, record: {} };
	} finally {
		media.release();
	}
};
