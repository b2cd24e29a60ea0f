import { TRPCError } from '@trpc/server';
import type { Database } from '../../core/db/create-database.js';
import { workspaceUsageOf } from './workspace-usage-of.js';

/**
 * Refuses new renders (`renders` of them, for a batch) that would take the workspace over one of its limits, saying
 * which and by how much: 429 for the two that pass with time (renders in flight, minutes per day), 403 for storage,
 * which only deleting frees. Nothing is stored when this throws.
 */
export const assertWithinLimits = async (db: Database, workspaceId: string, { renders }: { renders: number }): Promise<void> => {
	const workspace = await db.workspace.findUnique({ where: { id: workspaceId } });
	if (!workspace) throw new TRPCError({ code: 'FORBIDDEN', message: `The workspace '${workspaceId}' does not exist` });
	const { maxRendersInFlight, maxRenderMinutesPerDay, maxStorageMegabytes } = workspace;
	if (maxRendersInFlight === null && maxRenderMinutesPerDay === null && maxStorageMegabytes === null) return;
	const usage = await workspaceUsageOf(db, workspaceId);
	if (maxRendersInFlight !== null && usage.rendersInFlight + renders > maxRendersInFlight) {
		throw new TRPCError({
			code: 'TOO_MANY_REQUESTS',
			message: `Workspace limit reached: ${usage.rendersInFlight} renders are queued or running and ${renders} more would pass the limit of ${maxRendersInFlight} (maxRendersInFlight); try again when some finish`,
		});
	}
	if (maxRenderMinutesPerDay !== null && usage.renderMinutesLastDay >= maxRenderMinutesPerDay) {
		throw new TRPCError({
			code: 'TOO_MANY_REQUESTS',
			message: `Workspace limit reached: ${usage.renderMinutesLastDay.toFixed(1)} minutes of video were rendered in the last 24 hours; the limit is ${maxRenderMinutesPerDay} (maxRenderMinutesPerDay)`,
		});
	}
	if (maxStorageMegabytes !== null && usage.storageBytes >= maxStorageMegabytes * 1024 * 1024) {
		throw new TRPCError({
			code: 'FORBIDDEN',
			message: `Workspace limit reached: ${(usage.storageBytes / 1024 / 1024).toFixed(1)} MB are stored; the limit is ${maxStorageMegabytes} MB (maxStorageMegabytes). Delete renders or clips to make room`,
		});
	}
};
