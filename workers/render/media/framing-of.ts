import { findTemplate } from '../../../compositions/templates.js';
import type { RenderOutputOptions } from '../../../core/contracts/render-job.js';
import { resolveEncoding } from '../../../core/delivery/resolve-encoding.js';
import type { Framing } from './proxy-framed-clips.js';

/**
 * How `template` shows its full-frame clips when rendered with `output`: the frame in output pixels (after scale or
 * a delivery preset), its rate and length, from the template's own metadata. null: it has none (or no metadata).
 */
export const framingOf = async (template: string, props: Record<string, unknown>, output: RenderOutputOptions): Promise<Framing | null> => {
	const definition = findTemplate(template);
	if (!definition?.fullFrameClips?.length) return null;
	const metadata = await definition.calculateMetadata({
		props,
		defaultProps: props,
		abortSignal: new AbortController().signal,
		compositionId: template,
		isRendering: true,
	});
	const { width, height, fps, durationInFrames } = metadata;
	if (!width || !height || !fps || !durationInFrames) return null;
	const { preset } = resolveEncoding(output);
	const scale = preset ? preset.width / width : output.scale;
	return {
		width: Math.round(width * scale),
		height: Math.round(height * scale),
		fps,
		durationSeconds: durationInFrames / fps,
		clips: definition.fullFrameClips,
	};
};
