import type { Database } from '../db/create-database.js';
import { unfinished } from './unfinished.js';

export type RecordedCaptions = {
	/** The words the video shows (with subtitle cues where they came from a file): what the sidecars are written from. */
	words: readonly { text: string; startMs: number; endMs: number; emphasis: boolean; cue?: number; lineBreak?: boolean }[];
	language: string | null;
	note: string | null;
	transcript: { id: string; cacheHit: boolean } | null;
};

/** What a render's captions are and where they came from; written by the narration step, before any frame is drawn. */
export const recordCaptions = async (db: Database, id: string, captions: RecordedCaptions): Promise<void> => {
	await db.render.updateMany({
		where: { id, ...unfinished },
		data: {
			captionWords: captions.words.map((word) => ({ ...word })),
			captionsLanguage: captions.language,
			captionsNote: captions.note,
			transcriptId: captions.transcript?.id ?? null,
			transcriptCacheHit: captions.transcript?.cacheHit ?? null,
		},
	});
};
