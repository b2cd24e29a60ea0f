import { z } from 'zod';
import { responseObject } from './response-object.js';

/** A template: what renders.create's `template` names and the JSON Schema its `props` must satisfy. */
export const templateResponseSchema = responseObject({
	id: z.string(),
	title: z.string(),
	description: z.string(),
	thumbnailUrl: z.string().describe('A still of the sample props (PNG)'),
	propsJsonSchema: z.record(z.string(), z.unknown()).describe('JSON Schema of the props'),
	sampleProps: z.record(z.string(), z.unknown()).describe('Props that render as they are, using the shared samples/ media'),
}).meta({ id: 'Template' });
