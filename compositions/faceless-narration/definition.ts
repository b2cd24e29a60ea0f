import { defineTemplate } from '../define-template.js';
import { calculateFacelessNarrationMetadata } from './calculate-metadata.js';
import { sampleFacelessNarrationProps } from './sample-props.js';
import { facelessNarrationSchema } from './schema.js';

export const facelessNarration = defineTemplate({
	id: 'faceless-narration',
	title: 'Faceless narration',
	description: 'No one on camera: clips, Ken Burns images or moving gradients behind a narrator and big captions.',
	schema: facelessNarrationSchema,
	calculateMetadata: calculateFacelessNarrationMetadata,
	sampleProps: sampleFacelessNarrationProps,
	lazyComponent: async () => ({ default: (await import('./FacelessNarration.js')).FacelessNarration }),
});
