import { z } from 'zod';
import { brandSchema } from '../../compositions/brand/brand-schema.js';
import { responseObject } from './response-object.js';

/** A stored brand kit: the brand as template props, and the caption style fields it sets. */
export const brandKitResponseSchema = responseObject({
	id: z.string(),
	name: z.string(),
	brand: brandSchema,
	captionStyle: z.record(z.string(), z.unknown()),
	createdAt: z.string().describe('ISO 8601'),
	updatedAt: z.string().describe('ISO 8601'),
}).meta({ id: 'BrandKit' });
