import { segmentWords } from '../../compositions/captions/segment-words.js';
import type { TranscriptWord } from './transcript-word.js';

/** A stretch of recognised text with its timing: a whisper token, an ElevenLabs word or character, a service's word. */
export type TimedPiece = { text: string; startMs: number; endMs: number; confidence: number | null };

// What recognisers write for sounds that are not speech: [BLANK_AUDIO], [Music], (laughs), ♪.
const NON_SPEECH = /^\s*(\[[^\]]*\]|\([^)]*\)|♪+|\*[^*]*\*)\s*$/;
const MAX_WORD_CHARS = 64;

/**
 * Words from recognised pieces, however the service cut them: the pieces are joined into one text (a piece that should
 * start a new word carries its leading space, as whisper tokens do), the text is split into words the way captions are
 * (spaces, or Intl.Segmenter for Chinese, Japanese, Thai), and each word spans from its first piece's start to its
 * last piece's end. Non-speech markers are dropped.
 */
export const wordsFromTimedPieces = (pieces: readonly TimedPiece[], language: string | null): TranscriptWord[] => {
	const kept = pieces.filter((piece) => piece.text.length > 0 && !NON_SPEECH.test(piece.text));
	let text = '';
	const pieceAt: number[] = [];
	for (const [index, piece] of kept.entries()) {
		text += piece.text;
		for (let unit = 0; unit < piece.text.length; unit++) pieceAt.push(index);
	}
	return segmentWords(text, language).flatMap(({ start, end }) => {
		const covering = kept.slice(pieceAt[start] ?? 0, (pieceAt[end - 1] ?? 0) + 1);
		const first = covering[0];
		const last = covering.at(-1);
		if (!first || !last) return [];
		const confidences = covering.map((piece) => piece.confidence).filter((value): value is number => value !== null);
		const startMs = Math.max(0, Math.round(first.startMs));
		return [
			{
				text: text.slice(start, end).slice(0, MAX_WORD_CHARS),
				startMs,
				endMs: Math.max(startMs, Math.round(last.endMs)),
				confidence: confidences.length > 0 ? Math.min(1, Math.max(0, Math.min(...confidences))) : null,
				emphasis: false,
			},
		];
	});
};
