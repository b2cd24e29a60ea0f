import { z } from 'zod';

/**
 * Housekeeping that one worker of the fleet does at a time (BullMQ's job scheduler puts one job per interval on the
 * queue, whichever worker takes it runs it): today storage gc.
 */
export const MAINTENANCE_QUEUE_NAME = 'reelforge-maintenance';
export const STORAGE_GC_SCHEDULER_ID = 'storage-gc';

export const maintenanceJobDataSchema = z.object({ task: z.literal('storage-gc') });
export type MaintenanceJobData = z.infer<typeof maintenanceJobDataSchema>;
