import { describe, expect, it } from 'vitest';
import { planTiktokChunks } from './plan-tiktok-chunks.js';

const MB = 1024 * 1024;
const sizes = (plan: ReturnType<typeof planTiktokChunks>) => plan.chunks.map((chunk) => chunk.end - chunk.start + 1);

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

	it('keeps chunks between 5 and 64 MB whatever is asked for, and covers every byte once', () => {
		expect(planTiktokChunks(50 * MB, 1 * MB).chunkSize).toBe(5 * MB);
		expect(planTiktokChunks(500 * MB, 100 * MB).chunkSize).toBe(64 * MB);
		const plan = planTiktokChunks(500 * MB, 64 * MB);
		expect(sizes(plan).reduce((a, b) => a + b, 0)).toBe(500 * MB);
		expect(Math.max(...sizes(plan))).toBeLessThanOrEqual(128 * MB);
		for (const [index, chunk] of plan.chunks.entries()) expect(chunk.start).toBe(index === 0 ? 0 : (plan.chunks[index - 1]?.end ?? 0) + 1);
	});

	it('refuses an empty file', () => {
		expect(() => planTiktokChunks(0, 10 * MB)).toThrow('"videoSize" must be a positive whole number of bytes, but is 0');
	});
});
