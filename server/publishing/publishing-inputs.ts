import { z } from 'zod';
import { platformProviderSchema, publicationTargetSchema } from '../../core/publishing/publish-contract.js';

/** What the accounts and publications procedures accept: their routers validate with these and /openapi.json describes them. */
const idSchema = z.string().min(1).max(100);

export const publishingIdInputSchema = z.object({ id: idSchema });

export const connectAccountInputSchema = z.object({
	provider: platformProviderSchema,
	redirectUri: z
		.url({ protocol: /^https?$/ })
		.max(2000)
		.optional(),
});

export const createPublicationInputSchema = z.object({ renderId: idSchema, target: publicationTargetSchema });

export const listPublicationsInputSchema = z
	.object({ renderId: idSchema.optional(), limit: z.number().int().min(1).max(200).default(100) })
	.default({ limit: 100 });
