import type { StageTimings } from '../contracts/render-job.js';
import type { Database } from '../db/create-database.js';
import type { Prisma } from '../db/generated/sqlite/client.js';
import { unfinished } from './unfinished.js';

export type FinishedVideo = {
	outputKey: string;
	sizeBytes: number;
	encoder: string;
	width: number;
	height: number;
	fps: number;
	durationInFrames: number;
	timings: StageTimings;
	/** Backend-specific columns (Lambda's ids and cost, a chunked render's chunk count). */
	record: Pick<Prisma.RenderUncheckedUpdateInput, 'lambda' | 'costEstimateUsd' | 'chunkCount'>;
};

/** Marks a render done with its stored output. false: it was cancelled meanwhile, and the output must be removed. */
export const recordDone = async (db: Database, id: string, video: FinishedVideo): Promise<boolean> => {
	const { count } = await db.render.updateMany({
		where: { id, ...unfinished },
		data: {
			status: 'done',
			progress: 1,
			outputKey: video.outputKey,
			outputSizeBytes: video.sizeBytes,
			encoder: video.encoder,
			width: video.width,
			height: video.height,
			fps: video.fps,
			durationInFrames: video.durationInFrames,
			stageTimings: video.timings,
			finishedAt: new Date(),
			...video.record,
		},
	});
	return count > 0;
};
