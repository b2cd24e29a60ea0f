import { z } from 'zod';
import { responseObject } from './response-object.js';

/** One stock search result, with the provenance a render that uses it keeps. */
export const stockResultResponseSchema = responseObject({
	provider: z.enum(['pexels', 'pixabay']),
	id: z.string(),
	kind: z.enum(['video', 'photo']),
	downloadUrl: z.string(),
	pageUrl: z.string().describe('The result on the provider’s site: what a credit links to'),
	author: z.string(),
	authorUrl: z.string().nullable(),
	license: z.string(),
	width: z.number(),
	height: z.number(),
	durationSeconds: z.number().nullable(),
	previewUrl: z.string().nullable(),
	title: z.string().nullable(),
}).meta({ id: 'StockResult' });
