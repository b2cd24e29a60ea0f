import type { Segment } from '../shared/media-schemas.js';
import { splitTimeline } from '../shared/split-timeline.js';

/**
 * Frame ranges of the title and of each item. With narration, item i starts when beat i is spoken (the title runs
 * until the first beat); without, the title gets `titleFrames` and the items share the rest equally.
 */
export const itemSlots = (itemCount: number, totalFrames: number, fps: number, segments: readonly Segment[], titleFrames: number) => {
	const beats = segments.filter((segment) => segment.kind === 'beat');
	if (beats.length >= itemCount) {
		const starts = beats.slice(0, itemCount).map((beat) => Math.round((beat.startMs / 1000) * fps));
		const items = starts.map((from, index) => ({ from, durationInFrames: Math.max(1, (starts[index + 1] ?? totalFrames) - from) }));
		return { title: { from: 0, durationInFrames: Math.max(1, starts[0] ?? 1) }, items };
	}
	const [title, ...items] = splitTimeline(totalFrames, [titleFrames, ...Array.from({ length: itemCount }, () => undefined)]);
	return { title: title ?? { from: 0, durationInFrames: 1 }, items };
};
