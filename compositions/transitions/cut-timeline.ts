export type TimelineSlot = { from: number; durationInFrames: number };
export type CutClip = TimelineSlot & {
	/** Frames the clip plays: its slot and the transition into the next one, during which both are on screen. */
	playFrames: number;
	/** Frames of the transition into this clip (at its start) and out of it (after its slot). */
	inFrames: number;
	outFrames: number;
};

/**
 * Where each clip plays when cut `i` (after clip `i`) lasts `transitionFrames[i]`: a transition starts on the cut and
 * runs into the next clip's slot, so every clip still starts on its slot and the clips together still last exactly as
 * long as their slots. Each transition is shortened to fit inside the next clip's slot (and the one after that keeps
 * its own start), which TransitionSeries requires.
 */
export const cutTimeline = (slots: readonly TimelineSlot[], transitionFrames: readonly number[]): CutClip[] => {
	const out = slots.map((_, index) => {
		const next = slots[index + 1];
		return next ? Math.max(0, Math.min(Math.round(transitionFrames[index] ?? 0), next.durationInFrames - 1)) : 0;
	});
	return slots.map((slot, index) => {
		const outFrames = out[index] ?? 0;
		return { ...slot, playFrames: slot.durationInFrames + outFrames, inFrames: index > 0 ? (out[index - 1] ?? 0) : 0, outFrames };
	});
};

/** Volume of a clip at its own frame: ramps in over its incoming transition and out over its outgoing one (audio crossfade). */
export const crossfadeVolume = (clip: CutClip, frame: number): number => {
	const fadeIn = clip.inFrames > 0 ? Math.min(1, frame / clip.inFrames) : 1;
	const fadeOut = clip.outFrames > 0 ? Math.min(1, (clip.playFrames - frame) / clip.outFrames) : 1;
	return Math.max(0, Math.min(fadeIn, fadeOut));
};
