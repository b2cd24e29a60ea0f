import { finishedStatuses } from '../../core/contracts/render-status.js';
import type { Database } from '../../core/db/create-database.js';

const DAY_MS = 24 * 3600_000;

export type WorkspaceUsage = { rendersInFlight: number; renderMinutesLastDay: number; storageBytes: number };

/** What a workspace uses now: renders not finished, minutes of video finished in the last 24 hours, bytes of videos and clips stored. */
export const workspaceUsageOf = async (db: Database, workspaceId: string, now = new Date()): Promise<WorkspaceUsage> => {
	const [rendersInFlight, recent, outputs, clips] = await Promise.all([
		db.render.count({ where: { workspaceId, status: { notIn: [...finishedStatuses] } } }),
		db.render.findMany({
			where: { workspaceId, status: 'done', finishedAt: { gte: new Date(now.getTime() - DAY_MS) } },
			select: { durationInFrames: true, fps: true },
		}),
		db.render.aggregate({ where: { workspaceId, status: 'done' }, _sum: { outputSizeBytes: true } }),
		db.clip.aggregate({ where: { workspaceId }, _sum: { sizeBytes: true } }),
	]);
	const seconds = recent.reduce((sum, render) => sum + (render.durationInFrames && render.fps ? render.durationInFrames / render.fps : 0), 0);
	return {
		rendersInFlight,
		renderMinutesLastDay: seconds / 60,
		storageBytes: (outputs._sum.outputSizeBytes ?? 0) + (clips._sum.sizeBytes ?? 0),
	};
};
