import { describe, expect, it } from 'vitest';
import { sampleClipStoryProps } from '../../../compositions/clip-story/sample-props.js';
import { moveInterrupt } from './move-interrupt.js';
import { moveWord } from './move-word.js';
import { timelineItemsOf } from './timeline-items-of.js';

const props = sampleClipStoryProps as unknown as Record<string, unknown>;
const metadata = { durationInFrames: 300, fps: 30 };

describe('the timeline strip', () => {
	it('lays out words, interrupts, clips and sections in milliseconds', () => {
		const items = timelineItemsOf(props, metadata);
		expect(items.durationMs).toBe(10_000);
		expect(items.words.length).toBeGreaterThan(0);
		expect(items.interrupts.length).toBeGreaterThan(0);
		expect(items.clips.map((clip) => clip.startMs)).toEqual([0, 5000]);
		expect(items.interrupts.every((interrupt) => interrupt.endMs <= items.durationMs)).toBe(true);
	});

	it('moves one interrupt and keeps the others where they were drawn', () => {
		const { interrupts } = timelineItemsOf(props, metadata);
		const scheduled = interrupts.map((item) => item.interrupt);
		const moved = moveInterrupt(props.interrupts as Record<string, unknown>, scheduled, 0, (scheduled[0]?.atMs ?? 0) + 250);
		expect(moved.mode).toBe('explicit');
		const times = moved.times as { atMs: number; kind: string }[];
		expect(times).toHaveLength(scheduled.length);
		expect(times.map((time) => time.kind).sort()).toEqual(scheduled.map((interrupt) => interrupt.kind).sort());
		expect(times.some((time) => time.atMs === Math.round((scheduled[0]?.atMs ?? 0) + 250))).toBe(true);
		// What the editor shows after the move is what it drew before, one interrupt apart.
		const again = timelineItemsOf({ ...props, interrupts: moved }, metadata).interrupts.map((item) => item.startMs);
		expect(again.filter((at) => !scheduled.some((interrupt) => interrupt.atMs === at))).toHaveLength(1);
	});

	it('moves a word keeping its length, inside the video', () => {
		expect(moveWord({ text: 'a', startMs: 100, endMs: 400 }, 250, 1000)).toEqual({ text: 'a', startMs: 350, endMs: 650 });
		expect(moveWord({ text: 'a', startMs: 100, endMs: 400 }, -500, 1000)).toEqual({ text: 'a', startMs: 0, endMs: 300 });
		expect(moveWord({ text: 'a', startMs: 100, endMs: 400 }, 5000, 1000)).toEqual({ text: 'a', startMs: 700, endMs: 1000 });
	});
});
