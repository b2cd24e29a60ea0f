export type TextChunk = { text: string; offset: number };

/**
 * Splits text for a provider that takes at most `maxChars` per call: at sentence ends where possible,
 * else at word boundaries, never inside a word. Offsets point into the original text so timings can be stitched.
 */
export const splitTextIntoChunks = (text: string, maxChars: number): TextChunk[] => {
	if (maxChars < 1) throw new Error(`"maxChars" must be at least 1, but is ${maxChars}`);
	const chunks: TextChunk[] = [];
	let start = 0;
	while (start < text.length) {
		while (start < text.length && /\s/.test(text[start] ?? '')) start++;
		if (start >= text.length) break;
		if (text.length - start <= maxChars) {
			chunks.push({ text: text.slice(start).trimEnd(), offset: start });
			break;
		}
		const window = text.slice(start, start + maxChars + 1);
		const sentenceEnd = Math.max(...[...window.matchAll(/[.!?…]["')\]]?\s/g)].map((m) => m.index + m[0].length - 1), -1);
		const space = window.lastIndexOf(' ', maxChars);
		const cut = sentenceEnd > maxChars / 3 ? sentenceEnd : space > 0 ? space : maxChars;
		chunks.push({ text: text.slice(start, start + cut).trimEnd(), offset: start });
		start += cut;
	}
	return chunks;
};
