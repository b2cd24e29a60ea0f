import { defineTemplate } from '../define-template.js';
import { calculateClipStoryMetadata } from './calculate-metadata.js';
import { sampleClipStoryProps } from './sample-props.js';
import { clipStorySchema } from './schema.js';

export const clipStory = defineTemplate({
	id: 'clip-story',
	title: 'Clip story',
	description: 'A montage of discovered clips: hook card, narration with word captions, pattern interrupts and a call-to-action end card.',
	schema: clipStorySchema,
	calculateMetadata: calculateClipStoryMetadata,
	sampleProps: sampleClipStoryProps,
	lazyComponent: async () => ({ default: (await import('./ClipStory.js')).ClipStory }),
});
