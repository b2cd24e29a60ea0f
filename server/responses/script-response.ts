import { z } from 'zod';
import { scriptSchema } from '../../core/scripts/script-schema.js';
import { responseObject } from './response-object.js';

/** A stored script: its content and the narration text spoken from it. */
export const scriptResponseSchema = responseObject({
	id: z.string(),
	title: z.string().nullable(),
	language: z.string(),
	content: scriptSchema,
	narration: z.string().describe('What the voice says'),
	createdAt: z.string().describe('ISO 8601'),
}).meta({ id: 'Script' });
