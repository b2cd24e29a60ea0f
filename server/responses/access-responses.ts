import { z } from 'zod';
import { responseObject } from './response-object.js';

export const streamTokenResponseSchema = responseObject({
	token: z.string().describe('Send as the `streamToken` connection param of a subscription'),
	expiresAt: z.string().describe('ISO 8601'),
})
	.nullable()
	.describe('null when no key is needed');

export const linksResponseSchema = responseObject({
	links: z.record(z.string(), z.string().nullable()).describe('Each storage: reference → a signed URL, or null when it names nothing readable'),
});
