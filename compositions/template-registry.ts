import type { z } from 'zod';
import { captionedClipSchema } from './captioned-clip/schema.js';

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
		id: 'captioned-clip',
		title: 'Captioned clip',
		description: 'A background clip, cover-cropped, with word-by-word captions and zoom punches on emphasised words.',
		schema: captionedClipSchema,
	},
] as const satisfies readonly TemplateDefinition[];

export type TemplateId = (typeof templates)[number]['id'];

export const templateIds = templates.map((template) => template.id) as [TemplateId, ...TemplateId[]];

export const findTemplate = (id: string): TemplateDefinition | undefined => templates.find((template) => template.id === id);
