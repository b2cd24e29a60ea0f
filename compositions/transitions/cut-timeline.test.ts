import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossfadeVolume, cutTimeline } from './cut-timeline.js';

const slotsOf = (lengths: number[]) => {
	let from = 0;
	return lengths.map((durationInFrames) => {
		const slot = { from, durationInFrames };
		from += durationInFrames;
		return slot;
	});
};

describe('cutTimeline', () => {
	it('keeps every clip starting on its slot and the whole montage its length, whatever the transitions', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 12 }),
				fc.array(fc.integer({ min: 0, max: 120 })),
				(lengths, frames) => {
					const clips = cutTimeline(slotsOf(lengths), frames);
					const total = lengths.reduce((sum, length) => sum + length, 0);
					// TransitionSeries places clip i+1 at clip i's start + playFrames - outFrames.
					let from = 0;
					for (const [index, clip] of clips.entries()) {
						expect(clip.from).toBe(from);
						expect(clip.playFrames - clip.outFrames).toBe(lengths[index]);
						// TransitionSeries's rule: a transition is no longer than either clip beside it.
						if (index > 0) expect(clip.inFrames).toBeLessThanOrEqual(Math.min(clips[index - 1]?.playFrames ?? 0, clip.playFrames));
						from += clip.playFrames - clip.outFrames;
					}
					expect(from).toBe(total);
					expect(clips.at(-1)?.outFrames).toBe(0);
				},
			),
		);
	});

	it('starts the transition on the cut and lets it run into the next clip', () => {
		const [a, b] = cutTimeline(slotsOf([60, 60]), [12]);
		expect(a).toMatchObject({ from: 0, playFrames: 72, outFrames: 12, inFrames: 0 });
		expect(b).toMatchObject({ from: 60, playFrames: 60, inFrames: 12, outFrames: 0 });
	});

	it('cross-fades the two clips’ audio over the transition', () => {
		const [a, b] = cutTimeline(slotsOf([60, 60]), [12]);
		if (!a || !b) throw new Error('two clips');
		expect(crossfadeVolume(a, 59)).toBe(1);
		expect(crossfadeVolume(a, 66)).toBeCloseTo(0.5);
		expect(crossfadeVolume(b, 6)).toBeCloseTo(0.5);
		expect(crossfadeVolume(a, 66) + crossfadeVolume(b, 6)).toBeCloseTo(1);
		expect(crossfadeVolume(b, 12)).toBe(1);
	});
});
