import { defineTemplate } from '../define-template.js';
import { calculateListicleMetadata } from './calculate-metadata.js';
import { sampleListicleProps } from './sample-props.js';
import { listicleSchema } from './schema.js';

export const listicle = defineTemplate({
	id: 'listicle',
	title: 'Listicle',
	description: "Numbered points from the script's beats, each over its own clip.",
	schema: listicleSchema,
	calculateMetadata: calculateListicleMetadata,
	sampleProps: sampleListicleProps,
	lazyComponent: async () => ({ default: (await import('./Listicle.js')).Listicle }),
});
