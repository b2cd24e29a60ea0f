import { defineTemplate } from '../define-template.js';
import { calculateCaptionedClipMetadata } from './calculate-metadata.js';
import { sampleCaptionedClipProps } from './sample-props.js';
import { captionedClipSchema } from './schema.js';

export const captionedClip = defineTemplate({
	id: 'captioned-clip',
	title: 'Captioned clip',
	description: 'One background clip, cover-cropped, with word-by-word captions and zoom punches on emphasised words.',
	schema: captionedClipSchema,
	calculateMetadata: calculateCaptionedClipMetadata,
	sampleProps: sampleCaptionedClipProps,
	fullFrameClips: ['background'],
	lazyComponent: async () => ({ default: (await import('./CaptionedClip.js')).CaptionedClip }),
});
