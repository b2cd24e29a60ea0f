import { Easing } from 'remotion';
import type { InterruptEasing } from './interrupt-schema.js';

/** Share of an interrupt spent rising to full strength; the rest releases, so changes hit fast and leave softly. */
export const ATTACK_SHARE = 0.2;

const CURVES: Readonly<Record<InterruptEasing, (t: number) => number>> = {
	linear: Easing.linear,
	'ease-in': Easing.in(Easing.cubic),
	'ease-out': Easing.out(Easing.cubic),
	'ease-in-out': Easing.inOut(Easing.cubic),
	// Overshoots past 1 during the attack, then settles: the "pop" of a sticker landing.
	spring: Easing.spring({ damping: 9, mass: 0.6 }),
};
const SPRING_RELEASE = Easing.inOut(Easing.cubic);

/**
 * Strength of an interrupt `localMs` after it starts: 0 before and after it, 1 at the end of the attack.
 * The spring easing may briefly exceed 1.
 */
export const interruptEnvelope = (localMs: number, durationMs: number, easing: InterruptEasing): number => {
	if (!(durationMs > 0) || localMs < 0 || localMs >= durationMs) return 0;
	const attackMs = durationMs * ATTACK_SHARE;
	if (localMs < attackMs) return CURVES[easing](localMs / attackMs);
	const release = easing === 'spring' ? SPRING_RELEASE : CURVES[easing];
	return 1 - release((localMs - attackMs) / (durationMs - attackMs));
};
