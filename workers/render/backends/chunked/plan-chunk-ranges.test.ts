import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_FRAMES_PER_CHUNK, planChunkRanges } from './plan-chunk-ranges.js';

describe('planChunkRanges', () => {
	it('splits 300 frames into 4 ranges of 75', () => {
		expect(planChunkRanges(300, 4)).toEqual({
			framesPerChunk: 75,
			ranges: [
				[0, 74],
				[75, 149],
				[150, 224],
				[225, 299],
			],
		});
	});

	it('makes the last range shorter when the frames do not divide evenly', () => {
		expect(planChunkRanges(100, 3).ranges).toEqual([
			[0, 33],
			[34, 67],
			[68, 99],
		]);
	});

	it('uses fewer chunks than asked when they would be too short', () => {
		const plan = planChunkRanges(40, 10);
		expect(plan.framesPerChunk).toBe(MIN_FRAMES_PER_CHUNK);
		expect(plan.ranges).toHaveLength(3);
	});

	it('names the bad argument', () => {
		expect(() => planChunkRanges(0, 2)).toThrow('"durationInFrames" must be a positive integer, but is 0');
		expect(() => planChunkRanges(30, 0)).toThrow('"chunks" must be a positive integer, but is 0');
	});

	it('covers every frame exactly once, in order, with at most the chunks asked for', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 64 }), (frames, chunks) => {
				const { framesPerChunk, ranges } = planChunkRanges(frames, chunks);
				expect(ranges.length).toBeLessThanOrEqual(chunks);
				expect(ranges[0]?.[0]).toBe(0);
				expect(ranges.at(-1)?.[1]).toBe(frames - 1);
				ranges.forEach(([start, end], index) => {
					if (index > 0) expect(start).toBe((ranges[index - 1]?.[1] ?? -2) + 1);
					// Every range but the last is exactly framesPerChunk long, as combineChunks assumes.
					if (index < ranges.length - 1) expect(end - start + 1).toBe(framesPerChunk);
					else expect(end - start + 1).toBeLessThanOrEqual(framesPerChunk);
				});
			}),
		);
	});
});
