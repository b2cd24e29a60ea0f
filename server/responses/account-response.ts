import { z } from 'zod';
import { platformProviderSchema } from '../../core/publishing/publish-contract.js';
import { responseObject } from './response-object.js';

/** A connected platform account: never its tokens. */
export const accountResponseSchema = responseObject({
	id: z.string(),
	provider: platformProviderSchema,
	displayName: z.string(),
	handle: z.string().nullable(),
	scopes: z.array(z.string()),
	expiresAt: z.string().nullable().describe('When the access token lapses (it is refreshed before)'),
	connectedAt: z.string().describe('ISO 8601'),
}).meta({ id: 'Account' });

export const providerResponseSchema = responseObject({
	provider: platformProviderSchema,
	configured: z.boolean().describe('The server has this platform’s app credentials'),
});
