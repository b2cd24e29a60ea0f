import { renderStill, selectComposition } from '@remotion/renderer';
import { validateTemplateProps } from '../../core/templates/validate-template-props.js';
import { mediaOptionsOf, prepareMedia } from './media/prepare-media.js';
import type { RenderContext } from './render-context.js';
import { RenderInputError } from './render-errors.js';
import { withRenderLease } from './sandbox/with-render-lease.js';

export type StillRequest = { template: string; props: unknown; frame: number; scale: number; outputPath: string };

/** One frame of a template as a PNG, through the same validation, media fetching and bundle as a video render. */
export const renderTemplateStill = async (request: StillRequest, ctx: RenderContext): Promise<{ width: number; height: number; durationInFrames: number }> => {
	const validation = validateTemplateProps(request.template, request.props);
	if (!validation.ok) throw new RenderInputError(validation.message);
	const media = await prepareMedia(validation.props, ctx.assets, mediaOptionsOf(ctx));
	try {
		const { serveUrl } = await ctx.getServeUrl();
		return await withRenderLease(ctx.sandbox, new AbortController().signal, async ({ port }) => {
			const shared = {
				serveUrl,
				port,
				inputProps: media.props,
				puppeteerInstance: await ctx.browser.get(),
				browserExecutable: ctx.resolvedBrowser.executable,
				chromeMode: ctx.resolvedBrowser.chromeMode,
				logLevel: 'error' as const,
			};
			const composition = await selectComposition({ ...shared, id: request.template });
			await renderStill({
				...shared,
				composition,
				frame: Math.min(request.frame, composition.durationInFrames - 1),
				output: request.outputPath,
				imageFormat: 'png',
				scale: request.scale,
				overwrite: true,
			});
			return {
				width: Math.round(composition.width * request.scale),
				height: Math.round(composition.height * request.scale),
				durationInFrames: composition.durationInFrames,
			};
		});
	} finally {
		media.release();
	}
};
