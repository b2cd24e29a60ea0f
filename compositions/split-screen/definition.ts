import { defineTemplate } from '../define-template.js';
import { calculateSplitScreenMetadata } from './calculate-metadata.js';
import { sampleSplitScreenProps } from './sample-props.js';
import { splitScreenSchema } from './schema.js';

export const splitScreen = defineTemplate({
	id: 'split-screen',
	title: 'Split screen',
	description: 'A story clip on top, a looping second clip (gameplay, satisfying footage) below, captions on the seam.',
	schema: splitScreenSchema,
	calculateMetadata: calculateSplitScreenMetadata,
	sampleProps: sampleSplitScreenProps,
	lazyComponent: async () => ({ default: (await import('./SplitScreen.js')).SplitScreen }),
});
