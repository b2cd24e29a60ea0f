import type { Database } from '../db/create-database.js';
import { unfinished } from './unfinished.js';

/**
 * Records a failed attempt: `final` fails the render with `message`; otherwise it goes back to `queued`, saying which
 * attempt failed and why, for the retry. false: it was cancelled or finished meanwhile (a cancel is never overwritten).
 */
export const recordFailure = async (
	db: Database,
	id: string,
	{ message, final, attempt }: { message: string; final: boolean; attempt: number },
): Promise<boolean> => {
	const { count } = await db.render.updateMany({
		where: { id, ...unfinished },
		data: final ? { status: 'failed', error: message, finishedAt: new Date() } : { status: 'queued', error: `Attempt ${attempt} failed, retrying: ${message}` },
	});
	return count > 0;
};
