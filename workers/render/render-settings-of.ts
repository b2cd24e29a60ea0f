import type { RenderContext } from './render-context.js';
import type { RenderVideoInput } from './render-video.js';

/** How this worker renders any video: its shared browser, tabs per render, GPU and encoder settings. */
export const renderSettingsOf = async (
	ctx: Pick<RenderContext, 'browser' | 'resolvedBrowser' | 'renderConcurrency' | 'gpu' | 'x264Preset' | 'sandbox'>,
): Promise<Pick<RenderVideoInput, 'browser' | 'resolvedBrowser' | 'concurrency' | 'gpu' | 'x264Preset' | 'sandbox'>> => ({
	browser: await ctx.browser.get(),
	resolvedBrowser: ctx.resolvedBrowser,
	concurrency: ctx.renderConcurrency,
	gpu: ctx.gpu,
	x264Preset: ctx.x264Preset,
	sandbox: ctx.sandbox,
});
