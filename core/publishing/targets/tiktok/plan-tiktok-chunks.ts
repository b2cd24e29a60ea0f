const MiB = 1024 * 1024;
/**
 * TikTok's media transfer guide writes "MB" without saying whether it means 10^6 or 2^20 bytes. These bounds hold in
 * both readings: a chunk of 5 MiB is at least 5 MB either way, one of 64,000,000 bytes at most 64 MB either way.
 */
export const TIKTOK_MIN_CHUNK = 5 * MiB;
export const TIKTOK_MAX_CHUNK = 64_000_000;
const MAX_CHUNKS = 1000;
/** 1000 chunks of 64 MB and a final one that stays under 128 MB: the largest file the rules allow. */
const MAX_VIDEO_SIZE = (MAX_CHUNKS + 1) * TIKTOK_MAX_CHUNK - 1;

export type ChunkPlan = { chunkSize: number; totalChunkCount: number; chunks: { start: number; end: number }[] };

/**
 * TikTok's chunk rules (Content Posting API, media transfer guide): chunks of 5 to 64 MB, as many as `video_size / chunk_size`
 * rounded down (1 to 1000), the last one taking the remainder (so under twice the chunk size: at most 128 MB); a file
 * under 5 MB goes whole as one chunk, a file over 64 MB in several.
 */
export const planTiktokChunks = (videoSize: number, preferredChunkSize: number): ChunkPlan => {
	if (!Number.isInteger(videoSize) || videoSize <= 0) throw new Error(`"videoSize" must be a positive whole number of bytes, but is ${videoSize}`);
	if (videoSize > MAX_VIDEO_SIZE)
		throw new Error(`"videoSize" must be at most ${MAX_VIDEO_SIZE} bytes (1000 chunks of 64 MB and a final one), but is ${videoSize}`);
	if (videoSize < TIKTOK_MIN_CHUNK) return { chunkSize: videoSize, totalChunkCount: 1, chunks: [{ start: 0, end: videoSize - 1 }] };
	const bounded = Math.min(TIKTOK_MAX_CHUNK, Math.max(TIKTOK_MIN_CHUNK, preferredChunkSize, Math.ceil(videoSize / MAX_CHUNKS)));
	// Up to 64 MB the file may go whole; over it, at most half of it per chunk makes at least two (each still over 32 MB).
	const chunkSize = Math.min(bounded, videoSize > TIKTOK_MAX_CHUNK ? Math.floor(videoSize / 2) : videoSize);
	const totalChunkCount = Math.floor(videoSize / chunkSize);
	const chunks = Array.from({ length: totalChunkCount }, (_, index) => ({
		start: index * chunkSize,
		end: index === totalChunkCount - 1 ? videoSize - 1 : (index + 1) * chunkSize - 1,
	}));
	return { chunkSize, totalChunkCount, chunks };
};
