/**
 * Frame ranges for `count` consecutive slots filling `totalFrames`: slots with a fixed length keep it,
 * the rest share what is left equally. The last slot absorbs rounding.
 */
export const splitTimeline = (totalFrames: number, fixed: readonly (number | undefined)[]): { from: number; durationInFrames: number }[] => {
	const fixedTotal = fixed.reduce<number>((sum, frames) => sum + (frames ?? 0), 0);
	const flexible = fixed.filter((frames) => frames === undefined).length;
	const share = flexible > 0 ? Math.max(1, Math.floor(Math.max(0, totalFrames - fixedTotal) / flexible)) : 0;
	let from = 0;
	return fixed.map((frames, index) => {
		const isLast = index === fixed.length - 1;
		const length = isLast ? Math.max(1, totalFrames - from) : Math.max(1, frames ?? share);
		const slot = { from, durationInFrames: length };
		from += length;
		return slot;
	});
};
