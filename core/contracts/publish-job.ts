import { z } from 'zod';

/**
 * The contract between the API (which records and queues publications) and the publish worker (which uploads them
 * and pulls platform metrics). Both sides parse with these schemas.
 */
export const PUBLISH_QUEUE_NAME = 'reelforge-publish';
/** The job scheduler id of the repeating metrics pull. */
export const METRICS_SCHEDULER_ID = 'collect-metrics';

export const publicationStatusSchema = z.enum(['queued', 'uploading', 'processing', 'published', 'failed']);
export type PublicationStatus = z.infer<typeof publicationStatusSchema>;

/** Why a publication failed, for people and for analytics: quota and auth need a person, unavailable passes by itself. */
export const publishErrorReasonSchema = z.enum(['quota', 'auth', 'rejected', 'unavailable', 'not-connected', 'input', 'other']);
export type PublishErrorReason = z.infer<typeof publishErrorReasonSchema>;

export const publishJobSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('publish'), publicationId: z.string().min(1) }),
	z.object({ type: z.literal('collect-metrics') }),
]);
export type PublishJob = z.infer<typeof publishJobSchema>;
export type PublishJobResult = { publicationId?: string; status?: PublicationStatus; samples?: number };
