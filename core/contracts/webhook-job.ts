import { z } from 'zod';

/**
 * The contract between whoever announces an event (render workers, the API) and the webhook worker that delivers it.
 * Both sides parse with these schemas.
 */
export const WEBHOOK_QUEUE_NAME = 'reelforge-webhook';

export const webhookEventTypeSchema = z.enum(['render.done', 'render.failed', 'render.cancelled', 'batch.done', 'batch.failed', 'render.published']);
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;

export const webhookJobDataSchema = z.object({
	/** Unique per event and stable across retries; also the BullMQ job id, so an event is queued once. */
	eventId: z
		.string()
		.min(1)
		.regex(/^[^:]+$/, 'must not contain ":" (BullMQ job ids cannot)'),
	event: webhookEventTypeSchema,
	url: z.url({ protocol: /^https?$/ }),
	/** Whose event it is: its delivery log belongs to that workspace. */
	workspaceId: z.string().min(1),
	payload: z.record(z.string(), z.unknown()),
	/** When the event happened (ISO 8601); the body carries it, so every attempt sends the same body. */
	createdAt: z.iso.datetime(),
	renderId: z.string().min(1).optional(),
	batchId: z.string().min(1).optional(),
});
export type WebhookJobData = z.infer<typeof webhookJobDataSchema>;

export const webhookResultSchema = z.object({ attempt: z.number().int().positive(), responseStatus: z.number().int() });
export type WebhookResult = z.infer<typeof webhookResultSchema>;

/** What a receiver gets as the JSON body of the POST. */
export type WebhookBody = { id: string; type: WebhookEventType; createdAt: string; data: Record<string, unknown> };

export const webhookBodyOf = (data: WebhookJobData): WebhookBody => ({ id: data.eventId, type: data.event, createdAt: data.createdAt, data: data.payload });

/** How an event is retried: `attempts` tries in all, the n-th retry after about backoffMs * 2^(n-1). */
export type WebhookRetry = { attempts: number; backoffMs: number };
