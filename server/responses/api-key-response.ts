import { z } from 'zod';
import { apiKeyScopeSchema } from '../access/api-key-scopes.js';
import { responseObject } from './response-object.js';

/** A key as a list shows it: never its secret. */
const apiKeyFields = responseObject({
	id: z.string(),
	workspaceId: z.string(),
	name: z.string(),
	prefix: z.string().describe('The first characters of the secret, to tell keys apart'),
	scopes: z.array(apiKeyScopeSchema),
	rateLimitPerMinute: z.number(),
	createdAt: z.string().describe('ISO 8601'),
	lastUsedAt: z.string().nullable(),
	revokedAt: z.string().nullable(),
});
export const apiKeyResponseSchema = apiKeyFields.meta({ id: 'ApiKey' });

/** apiKeys.create: the only response that carries the secret. */
export const newApiKeyResponseSchema = apiKeyFields
	.extend({ secret: z.string().describe('Send as `x-api-key: <secret>`; shown once') })
	.meta({ id: 'NewApiKey' });
