import { sampleCaptionedClipProps } from './captioned-clip/sample-props.js';
import { sampleClipStoryProps } from './clip-story/sample-props.js';
import { sampleFacelessNarrationProps } from './faceless-narration/sample-props.js';
import { sampleListicleProps } from './listicle/sample-props.js';
import { sampleQuoteCardProps } from './quote-card/sample-props.js';
import { sampleSplitScreenProps } from './split-screen/sample-props.js';
import type { TemplateId } from './template-registry.js';

/** Sample props of every template (they point at storage:samples/…, made by ensureSampleAssets). */
export const sampleProps: Record<TemplateId, Record<string, unknown>> = {
	'clip-story': sampleClipStoryProps,
	'faceless-narration': sampleFacelessNarrationProps,
	listicle: sampleListicleProps,
	'split-screen': sampleSplitScreenProps,
	'quote-card': sampleQuoteCardProps,
	'captioned-clip': sampleCaptionedClipProps,
};
