/** Chunks shorter than this are not worth a browser's start-up, and Remotion cannot join AAC seamlessly at 4 frames or fewer. */
export const MIN_FRAMES_PER_CHUNK = 15;

export type ChunkRanges = { framesPerChunk: number; ranges: [number, number][] };

/**
 * Splits `durationInFrames` into at most `chunks` inclusive frame ranges of equal length (the last may be shorter),
 * as Remotion's combineChunks expects; fewer chunks when they would be shorter than MIN_FRAMES_PER_CHUNK.
 */
export const planChunkRanges = (durationInFrames: number, chunks: number): ChunkRanges => {
	if (!Number.isInteger(durationInFrames) || durationInFrames < 1) throw new Error(`"durationInFrames" must be a positive integer, but is ${durationInFrames}`);
	if (!Number.isInteger(chunks) || chunks < 1) throw new Error(`"chunks" must be a positive integer, but is ${chunks}`);
	const framesPerChunk = Math.max(Math.ceil(durationInFrames / chunks), Math.min(MIN_FRAMES_PER_CHUNK, durationInFrames));
	const ranges: [number, number][] = [];
	for (let start = 0; start < durationInFrames; start += framesPerChunk) {
		ranges.push([start, Math.min(start + framesPerChunk, durationInFrames) - 1]);
	}
	return { framesPerChunk, ranges };
};
