import { Easing, interpolate } from 'remotion';

export type ZoomPunch = { atSeconds: number; intensity: number };

const ATTACK_SECONDS = 0.1;
const RELEASE_SECONDS = 0.4;

/**
 * Scale factor at `frame` for a set of zoom punches: a fast push-in then an eased release.
 * Overlapping punches do not add up; the strongest wins, so the frame never over-zooms.
 */
export const zoomPunchScale = (frame: number, fps: number, punches: readonly ZoomPunch[]): number => {
	const t = frame / fps;
	let strongest = 0;
	for (const punch of punches) {
		const local = t - punch.atSeconds;
		if (local < 0 || local > ATTACK_SECONDS + RELEASE_SECONDS) continue;
		const envelope =
			local < ATTACK_SECONDS
				? interpolate(local, [0, ATTACK_SECONDS], [0, 1], { easing: Easing.out(Easing.quad) })
				: interpolate(local, [ATTACK_SECONDS, ATTACK_SECONDS + RELEASE_SECONDS], [1, 0], { easing: Easing.inOut(Easing.cubic) });
		strongest = Math.max(strongest, envelope * punch.intensity);
	}
	// intensity 1 is a 25 % push-in.
	return 1 + strongest * 0.25;
};
