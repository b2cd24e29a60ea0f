import type { CaptionsRequest } from '../../../core/transcription/captions-request-schema.js';
import { markEmphasis } from '../../../core/transcription/mark-emphasis.js';
import { type StoredTranscript, storedTranscriptOf } from '../../../core/transcription/stored-transcript.js';
import { transcribeMedia } from '../../../core/transcription/transcribe-media.js';
import { transcriptFromSubtitles } from '../../../core/transcription/transcript-from-subtitles.js';
import type { TranscriptWord } from '../../../core/transcription/transcript-word.js';
import { TranscriptionError } from '../../../core/transcription/transcription-provider.js';
import { fetchMediaSource } from '../media/fetch-media-source.js';
import { mediaOptionsOf } from '../media/prepare-media.js';
import type { RenderContext } from '../render-context.js';
import { RenderInputError } from '../render-errors.js';
import { captionMediaOf } from './caption-media-of.js';

export type ResolvedCaptions = { words: TranscriptWord[]; language: string | null; note: string | null; transcript: StoredTranscript };

type Ctx = Pick<RenderContext, 'db' | 'storage' | 'transcription' | 'scratchDir' | 'mediaCache' | 'fetchTimeoutMs' | 'fetchMaxBytes' | 'outbound' | 'logger'>;

/** Words on the video's clock: the media's time minus where the template starts playing it; words before that are dropped. */
const shifted = (words: readonly TranscriptWord[], offsetMs: number): TranscriptWord[] =>
	offsetMs === 0
		? [...words]
		: words.flatMap((word) => (word.endMs <= offsetMs ? [] : [{ ...word, startMs: Math.max(0, word.startMs - offsetMs), endMs: word.endMs - offsetMs }]));

/**
 * The transcript a render's captions come from (captions.source transcribe, align or subtitles): a stored one by id, one
 * read from the subtitles, or the speech of the media (the template's own clip unless the request names one),
 * transcribed or aligned once and reused. null for source voiceover: the voiceover (or the props) give the words.
 */
export const resolveCaptionsSource = async (
	request: CaptionsRequest | null,
	props: Record<string, unknown>,
	ctx: Ctx,
	signal: AbortSignal,
): Promise<ResolvedCaptions | null> => {
	if (!request || request.source === 'voiceover') return null;
	const workspaceId = ctx.storage.workspaceId;
	const fromMedia = request.media ? { src: request.media, offsetMs: 0 } : captionMediaOf(props);
	let transcript: StoredTranscript;
	if (request.transcriptId) {
		const row = await ctx.db.transcript.findFirst({ where: { id: request.transcriptId, workspaceId } });
		if (!row) throw new RenderInputError(`"captions.transcriptId": no transcript '${request.transcriptId}' in this workspace`);
		await ctx.db.transcript.update({ where: { id: row.id }, data: { useCount: { increment: 1 }, lastUsedAt: new Date() } });
		transcript = storedTranscriptOf(row, true);
	} else if (request.source === 'subtitles') {
		transcript = await transcriptFromSubtitles(request.subtitles ?? '', request.language, { db: ctx.db, workspaceId });
	} else {
		if (!fromMedia) throw new RenderInputError(`"captions.media" is needed: this template has no clip to take speech from`);
		const media = await fetchMediaSource(fromMedia.src, mediaOptionsOf(ctx, signal));
		try {
			transcript = await transcribeMedia(
				{
					mode: request.source,
					mediaPath: media.path,
					provider: request.provider,
					language: request.language,
					...(request.text ? { text: request.text } : {}),
				},
				{ db: ctx.db, workspaceId, ...ctx.transcription, scratchDir: ctx.scratchDir, signal },
			);
		} catch (error) {
			if (error instanceof TranscriptionError) ctx.logger.warn('transcription failed', { code: error.code, error: error.message });
			throw error;
		} finally {
			media.release();
		}
	}
	// Subtitles and stored transcripts are on the video's clock already; a clip's speech is on the clip's.
	const offsetMs = request.source === 'subtitles' || request.media ? 0 : (fromMedia?.offsetMs ?? 0);
	const words = markEmphasis(shifted(transcript.words, offsetMs), request.emphasis);
	return { words, language: transcript.language, note: transcript.note, transcript };
};
