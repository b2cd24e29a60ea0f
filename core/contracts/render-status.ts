import { z } from 'zod';

export const renderStatuses = ['queued', 'rendering', 'encoding', 'uploading', 'done', 'failed', 'cancelled'] as const;
export const renderStatusSchema = z.enum(renderStatuses);
export type RenderStatus = z.infer<typeof renderStatusSchema>;

/** A render in one of these states will not change again. */
export const finishedStatuses: readonly RenderStatus[] = ['done', 'failed', 'cancelled'];
export const isFinished = (status: RenderStatus): boolean => finishedStatuses.includes(status);
