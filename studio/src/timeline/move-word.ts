/** A caption word moved by `deltaMs`, keeping its length, never before 0 nor past `durationMs`. */
export const moveWord = <Word extends { startMs: number; endMs: number }>(word: Word, deltaMs: number, durationMs: number): Word => {
	const length = word.endMs - word.startMs;
	const startMs = Math.round(Math.min(Math.max(0, word.startMs + deltaMs), Math.max(0, durationMs - length)));
	return { ...word, startMs, endMs: startMs + length };
};
