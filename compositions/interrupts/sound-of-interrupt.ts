import { DEFAULT_INTERRUPT_SOUND, type InterruptKind, type InterruptSounds } from './interrupt-schema.js';
import type { SoundEffect, SoundEffectChoice } from './sound-effects.js';

/** The sound of one interrupt: its own choice, else its kind's in the schedule, else its kind's default; null when silent. */
export const soundOfInterrupt = (interrupt: { kind: InterruptKind; sound?: SoundEffectChoice | undefined }, sounds: InterruptSounds): SoundEffect | null => {
	if (!sounds.enabled) return null;
	const choice = interrupt.sound ?? sounds.byKind[interrupt.kind] ?? DEFAULT_INTERRUPT_SOUND[interrupt.kind];
	return choice === 'none' ? null : choice;
};
