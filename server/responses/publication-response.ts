import { z } from 'zod';
import { publicationStatusSchema } from '../../core/contracts/publish-job.js';
import { responseObject } from './response-object.js';

/** A publication of a done render to a target: not its upload session (a credential of its own). */
export const publicationResponseSchema = responseObject({
	id: z.string(),
	renderId: z.string(),
	kind: z.string().describe('youtube, tiktok, webhook or s3'),
	target: z.unknown().describe('The target as asked for'),
	accountId: z.string().nullable(),
	status: publicationStatusSchema,
	platformId: z.string().nullable().describe('The video’s id on the platform'),
	url: z.string().nullable().describe('Where it can be watched'),
	attempts: z.number(),
	error: z.string().nullable(),
	errorReason: z.string().nullable(),
	createdAt: z.string().describe('ISO 8601'),
	updatedAt: z.string().describe('ISO 8601'),
	publishedAt: z.string().nullable(),
	credits: z
		.array(
			responseObject({
				platform: z.string().nullable(),
				author: z.string().nullable(),
				sourceLink: z.string().nullable(),
				license: z.string().nullable(),
				title: z.string().nullable(),
			}),
		)
		.describe('Provenance of the clips the video uses (stock B-roll among them): also sent with webhook publications'),
}).meta({ id: 'Publication' });
