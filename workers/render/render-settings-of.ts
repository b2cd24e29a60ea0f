import type { RenderContext } from './render-context.js';
import type { RenderVideoInput } from './render-video.js';

/** How this worker renders any video: its shared browser, tabs per render, GPU and encoder settings. */
export const renderSettingsOf = async (
	ctx: Pick<RenderContext, 'browser' | 'resolvedBrowser' | 'renderConcurrency' | 'gpu' | 'x264Preset' | 'sandbox' | 'delivery'>,
): Promise<Pick<RenderVideoInput, 'browser' | 'resolvedBrowser' | 'concurrency' | 'gpu' | 'x264Preset' | 'sandbox' | 'gifMaxSeconds'>> => ({
	browser: await ctx.browser.get(),
	resolvedBrowser: ctx.resolvedBrowser,
	concurrency: ctx.renderConcurrency,
	gpu: ctx.gpu,
	x264Preset: ctx.x264Preset,
	sandbox: ctx.sandbox,
	gifMaxSeconds: ctx.delivery.gifMaxSeconds,
});
