import type { z } from 'zod';
import { captionedClipSchema } from './captioned-clip/schema.js';
import { clipStorySchema } from './clip-story/schema.js';
import { facelessNarrationSchema } from './faceless-narration/schema.js';
import { listicleSchema } from './listicle/schema.js';
import { quoteCardSchema } from './quote-card/schema.js';
import { splitScreenSchema } from './split-screen/schema.js';

export type TemplateDefinition = {
	id: string;
	title: string;
	description: string;
	schema: z.ZodObject;
};

/**
 * Every template a render can name, with the schema its props are validated against.
 * No React here: the API and workers import this to validate props without loading components.
 */
export const templates = [
	{
		id: 'clip-story',
		title: 'Clip story',
		description: 'A montage of discovered clips: hook card, narration with word captions, pattern interrupts and a call-to-action end card.',
		schema: clipStorySchema,
	},
	{
		id: 'faceless-narration',
		title: 'Faceless narration',
		description: 'No one on camera: clips, Ken Burns images or moving gradients behind a narrator and big captions.',
		schema: facelessNarrationSchema,
	},
	{
		id: 'listicle',
		title: 'Listicle',
		description: "Numbered points from the script's beats, each over its own clip.",
		schema: listicleSchema,
	},
	{
		id: 'split-screen',
		title: 'Split screen',
		description: 'A story clip on top, a looping second clip (gameplay, satisfying footage) below, captions on the seam.',
		schema: splitScreenSchema,
	},
	{
		id: 'quote-card',
		title: 'Quote card',
		description: 'Text first: a quote that builds word by word over a moving gradient.',
		schema: quoteCardSchema,
	},
	{
		id: 'captioned-clip',
		title: 'Captioned clip',
		description: 'One background clip, cover-cropped, with word-by-word captions and zoom punches on emphasised words.',
		schema: captionedClipSchema,
	},
] as const satisfies readonly TemplateDefinition[];

export type TemplateId = (typeof templates)[number]['id'];

export const templateIds = templates.map((template) => template.id) as [TemplateId, ...TemplateId[]];

export const findTemplate = (id: string): TemplateDefinition | undefined => templates.find((template) => template.id === id);
