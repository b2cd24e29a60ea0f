import type { Database } from '../db/create-database.js';
import { unfinished } from './unfinished.js';

export type CaptionFile = { format: 'srt' | 'vtt'; key: string; language: string | null };

/** The subtitle files stored beside a render's video; written just before it is recorded done. false: it was cancelled meanwhile. */
export const recordCaptionFiles = async (db: Database, id: string, files: readonly CaptionFile[]): Promise<boolean> => {
	const { count } = await db.render.updateMany({ where: { id, ...unfinished }, data: { captionFiles: files.map((file) => ({ ...file })) } });
	return count > 0;
};
