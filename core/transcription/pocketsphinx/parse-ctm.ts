/** A word PocketSphinx placed: `<utt> <channel> <start s> <duration s> <word> <confidence>` per line (NIST CTM). */
export type CtmWord = { word: string; startMs: number; endMs: number; confidence: number | null };

// Fillers and silences the decoder writes between words; alternates of a pronunciation carry "(2)".
const FILLER = /^(<s>|<\/s>|<sil>|\[[A-Z_]+\]|\+\+.*\+\+)$/i;

export const parseCtm = (ctm: string): CtmWord[] =>
	ctm.split('\n').flatMap((line) => {
		const fields = line.trim().split(/\s+/);
		if (fields.length < 5) return [];
		const [, , start, duration, word, confidence] = fields;
		if (!word || FILLER.test(word)) return [];
		const startMs = Math.round(Number(start) * 1000);
		const endMs = Math.round((Number(start) + Number(duration)) * 1000);
		if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return [];
		const value = Number(confidence);
		return [{ word: word.replace(/\(\d+\)$/, ''), startMs, endMs, confidence: Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : null }];
	});
