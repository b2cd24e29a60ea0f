import type { RenderStage } from '../contracts/render-job.js';
import type { Database } from '../db/create-database.js';
import { unfinished } from './unfinished.js';

const statusOf = (stage: RenderStage) => (stage === 'encoding' ? 'encoding' : stage === 'uploading' ? 'uploading' : 'rendering');

/** Records how far a render has got. false: it was cancelled or finished meanwhile, and whoever is rendering it should stop. */
export const recordProgress = async (db: Database, id: string, { stage, progress }: { stage: RenderStage; progress: number }): Promise<boolean> => {
	const { count } = await db.render.updateMany({ where: { id, ...unfinished }, data: { progress, status: statusOf(stage) } });
	return count > 0;
};
