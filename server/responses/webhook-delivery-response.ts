import { z } from 'zod';
import { responseObject } from './response-object.js';

/** One attempt to deliver one webhook event (core/webhooks/list-webhook-deliveries.ts). */
export const webhookDeliveryResponseSchema = responseObject({
	id: z.string(),
	eventId: z.string().describe('Same for every attempt of one event: receivers deduplicate on it'),
	event: z.string().describe('render.done, render.failed, batch.done, …'),
	url: z.string(),
	attempt: z.number(),
	outcome: z.enum(['delivered', 'failed']),
	responseStatus: z.number().nullable(),
	error: z.string().nullable(),
	durationMs: z.number(),
	renderId: z.string().nullable(),
	batchId: z.string().nullable(),
	createdAt: z.string().describe('ISO 8601'),
}).meta({ id: 'WebhookDelivery' });
