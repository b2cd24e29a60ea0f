import { z } from 'zod';

/** What a workspace may use; null (or left out) means no limit. */
export const workspaceLimitsSchema = z.object({
	maxRendersInFlight: z.number().int().min(1).max(1_000_000).nullable().default(null).describe('Renders queued or running at once'),
	maxRenderMinutesPerDay: z.number().gt(0).max(10_000_000).nullable().default(null).describe('Minutes of video finished in any 24 hours'),
	maxStorageMegabytes: z.number().int().min(1).max(2_000_000_000).nullable().default(null).describe('Megabytes of stored videos and clips'),
});
export type WorkspaceLimits = z.infer<typeof workspaceLimitsSchema>;
