import { createHash } from 'node:crypto';
import type { Database } from '../db/create-database.js';
import { languageCodeOf } from './language-code-of.js';
import { type StoredTranscript, storedTranscriptOf } from './stored-transcript.js';
import { parseSubtitles } from './subtitles/parse-subtitles.js';
import { wordsFromCues } from './subtitles/words-from-cues.js';
import { transcriptKeyOf } from './transcript-key-of.js';
import { TranscriptionError } from './transcription-provider.js';

/** A transcript read from an SRT or WebVTT file, stored (once per text and language) so it can be edited and reused like any other. */
export const transcriptFromSubtitles = async (
	subtitles: string,
	requestedLanguage: string,
	deps: { db: Database; workspaceId: string },
): Promise<StoredTranscript> => {
	let parsed: ReturnType<typeof parseSubtitles>;
	try {
		parsed = parseSubtitles(subtitles);
	} catch (error) {
		throw new TranscriptionError('invalid-request', `"captions.subtitles": ${(error as Error).message}`, false);
	}
	const language = languageCodeOf(requestedLanguage);
	const mediaHash = createHash('sha256').update(subtitles).digest('hex');
	const id = transcriptKeyOf(
		{ mediaHash, mode: 'subtitles', provider: 'subtitles', model: parsed.format, language: requestedLanguage, text: null },
		deps.workspaceId,
	);
	const cached = await deps.db.transcript.findFirst({ where: { id, workspaceId: deps.workspaceId } });
	if (cached) {
		await deps.db.transcript.update({ where: { id }, data: { useCount: { increment: 1 }, lastUsedAt: new Date() } });
		return storedTranscriptOf(cached, true);
	}
	const words = wordsFromCues(parsed.cues, language);
	const row = await deps.db.transcript.create({
		data: {
			id,
			workspaceId: deps.workspaceId,
			mediaHash,
			mode: 'subtitles',
			provider: 'subtitles',
			model: parsed.format,
			requestedLanguage,
			language,
			words,
			durationMs: parsed.cues.at(-1)?.endMs ?? 0,
		},
	});
	return storedTranscriptOf(row, false);
};
