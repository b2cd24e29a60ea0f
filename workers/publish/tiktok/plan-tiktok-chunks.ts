const MB = 1024 * 1024;
export const TIKTOK_MIN_CHUNK = 5 * MB;
export const TIKTOK_MAX_CHUNK = 64 * MB;
export const TIKTOK_MAX_FINAL_CHUNK = 128 * MB;
const MAX_CHUNKS = 1000;

export type ChunkPlan = { chunkSize: number; totalChunkCount: number; chunks: { start: number; end: number }[] };

/**
 * TikTok's chunk rules (Content Posting API, media transfer guide): chunks of 5 to 64 MB, as many as `video_size / chunk_size`
 * rounded down, the last one taking the remainder (so up to 128 MB); a file under 5 MB goes whole as one chunk.
 */
export const planTiktokChunks = (videoSize: number, preferredChunkSize: number): ChunkPlan => {
	if (!Number.isInteger(videoSize) || videoSize <= 0) throw new Error(`"videoSize" must be a positive whole number of bytes, but is ${videoSize}`);
	if (videoSize < TIKTOK_MIN_CHUNK) return { chunkSize: videoSize, totalChunkCount: 1, chunks: [{ start: 0, end: videoSize - 1 }] };
	const chunkSize = Math.max(TIKTOK_MIN_CHUNK, Math.min(TIKTOK_MAX_CHUNK, preferredChunkSize, videoSize), Math.ceil(videoSize / MAX_CHUNKS));
	const totalChunkCount = Math.floor(videoSize / chunkSize);
	const chunks = Array.from({ length: totalChunkCount }, (_, index) => ({
		start: index * chunkSize,
		end: index === totalChunkCount - 1 ? videoSize - 1 : (index + 1) * chunkSize - 1,
	}));
	const last = chunks.at(-1);
	if (last && last.end - last.start + 1 > TIKTOK_MAX_FINAL_CHUNK)
		throw new Error(`The final chunk would be over 128 MB (${videoSize} bytes in ${chunkSize}-byte chunks)`);
	return { chunkSize, totalChunkCount, chunks };
};
