import type { RenderJobData } from '../../../core/contracts/render-job.js';
import { recordVoiceover } from '../../../core/renders/record-voiceover.js';
import { validateTemplateProps } from '../../../core/templates/validate-template-props.js';
import { synthesizeVoiceover } from '../../../core/voiceover/synthesize-voiceover.js';
import type { RenderContext } from '../render-context.js';
import { RenderInputError } from '../render-errors.js';
import { applyNarration } from './apply-narration.js';

/**
 * The props a render draws: the voiceover synthesised (or reused) and put in, then checked against the template.
 * Media sources are left as given; each backend makes them reachable its own way.
 */
export const narratedProps = async (
	data: RenderJobData,
	ctx: Pick<RenderContext, 'db' | 'storage' | 'voiceover'>,
	signal: AbortSignal,
): Promise<{ props: Record<string, unknown>; voiceoverMs: number }> => {
	const started = Date.now();
	let props = data.props;
	if (data.narration) {
		const voiceover = await synthesizeVoiceover(data.narration.text, data.narration.voice, { db: ctx.db, storage: ctx.storage, signal, ...ctx.voiceover });
		props = applyNarration(props, voiceover, data.narration);
		await recordVoiceover(ctx.db, data.renderId, voiceover);
	}
	const validation = validateTemplateProps(data.template, props);
	if (!validation.ok) throw new RenderInputError(validation.message);
	return { props: validation.props, voiceoverMs: Date.now() - started };
};
