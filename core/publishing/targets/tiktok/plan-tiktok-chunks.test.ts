import { describe, expect, it } from 'vitest';
import { planTiktokChunks } from './plan-tiktok-chunks.js';

const MB = 1024 * 1024;
const sizes = (plan: ReturnType<typeof planTiktokChunks>) => plan.chunks.map((chunk) => chunk.end - chunk.start + 1);

/**
 * TikTok's chunk rules with "MB" read as 10^6 and as 2^20 at once: chunks of at least 5 MiB and at most 64 MB
 * (10^6), whole under 5 MiB, several over 64 MB, count = floor(size / chunk) from 1 to 1000, final chunk up to 128 MB.
 */
const brokenRules = (videoSize: number, plan: ReturnType<typeof planTiktokChunks>): string[] => {
	const broken: string[] = [];
	const lengths = sizes(plan);
	if (lengths.reduce((a, b) => a + b, 0) !== videoSize) broken.push('chunks do not cover the file');
	if (plan.totalChunkCount !== plan.chunks.length) broken.push('count differs from the chunks');
	if (videoSize < 5 * MB) {
		if (plan.chunkSize !== videoSize || plan.totalChunkCount !== 1) broken.push('under 5 MiB but not whole');
		return broken;
	}
	if (plan.chunkSize < 5 * MB || plan.chunkSize > 64_000_000) broken.push(`chunk_size ${plan.chunkSize} outside 5 MiB..64 MB`);
	if (plan.totalChunkCount !== Math.floor(videoSize / plan.chunkSize)) broken.push('count is not floor(size / chunk_size)');
	if (plan.totalChunkCount < 1 || plan.totalChunkCount > 1000) broken.push(`${plan.totalChunkCount} chunks`);
	if (videoSize > 64_000_000 && plan.totalChunkCount < 2) broken.push('over 64 MB in one chunk');
	if (lengths.slice(0, -1).some((length) => length !== plan.chunkSize)) broken.push('a chunk before the last differs from chunk_size');
	if ((lengths.at(-1) ?? 0) > 128_000_000) broken.push('final chunk over 128 MB');
	return broken;
};

describe('planTiktokChunks', () => {
	it('sends a file under 5 MB whole, as one chunk', () => {
		expect(planTiktokChunks(3 * MB, 10 * MB)).toEqual({ chunkSize: 3 * MB, totalChunkCount: 1, chunks: [{ start: 0, end: 3 * MB - 1 }] });
	});

	it('rounds the chunk count down and lets the last chunk take the remainder', () => {
		const plan = planTiktokChunks(25 * MB + 123, 10 * MB);
		expect(plan).toMatchObject({ chunkSize: 10 * MB, totalChunkCount: 2 });
		expect(sizes(plan)).toEqual([10 * MB, 15 * MB + 123]);
		expect(plan.chunks.at(-1)?.end).toBe(25 * MB + 122);
	});

	it('keeps chunks between 5 MiB and 64 MB (both readings of "MB") whatever is asked for, and covers every byte once', () => {
		expect(planTiktokChunks(50 * MB, 1 * MB).chunkSize).toBe(5 * MB);
		expect(planTiktokChunks(500 * MB, 100 * MB).chunkSize).toBe(64_000_000);
		const plan = planTiktokChunks(500 * MB, 64 * MB);
		expect(sizes(plan).reduce((a, b) => a + b, 0)).toBe(500 * MB);
		expect(Math.max(...sizes(plan))).toBeLessThanOrEqual(128_000_000);
		for (const [index, chunk] of plan.chunks.entries()) expect(chunk.start).toBe(index === 0 ? 0 : (plan.chunks[index - 1]?.end ?? 0) + 1);
	});

	it('sends a 64 to 128 MB file in several chunks even when the preferred chunk is over half of it', () => {
		for (const preferred of [36 * MB, 64 * MB]) {
			const plan = planTiktokChunks(70_000_000, preferred);
			expect(plan.totalChunkCount, `preferring ${preferred}`).toBeGreaterThanOrEqual(2);
			expect(brokenRules(70_000_000, plan)).toEqual([]);
		}
	});

	it("follows TikTok's rules in both readings of MB for every size and preferred chunk, up to 1000 chunks", () => {
		const videoSizes = [
			1,
			4_999_999,
			5_000_000,
			5 * MB - 1,
			5 * MB,
			10 * MB + 1,
			63_999_999,
			64_000_000,
			64_000_001,
			64 * MB,
			70_000_000,
			100_000_000,
			127_999_999,
			128_000_000,
			128 * MB + 1,
			500 * MB,
			4_000_000_000,
			64_000_000_000,
		];
		for (const preferred of [5 * MB, 10 * MB, 36 * MB, 64 * MB])
			for (const videoSize of videoSizes)
				expect(brokenRules(videoSize, planTiktokChunks(videoSize, preferred)), `${videoSize} bytes, preferring ${preferred}`).toEqual([]);
	});

	it('refuses an empty file, and one too big for 1000 chunks of 64 MB', () => {
		expect(() => planTiktokChunks(0, 10 * MB)).toThrow('"videoSize" must be a positive whole number of bytes, but is 0');
		expect(() => planTiktokChunks(65_000_000_000, 10 * MB)).toThrow(
			'"videoSize" must be at most 64063999999 bytes (1000 chunks of 64 MB and a final one), but is 65000000000',
		);
	});
});
