import { z } from 'zod';

/** The sound effects that ship with Reelforge (compositions/interrupts/sounds/, made by scripts/make-sound-effects.ts). */
export const SOUND_EFFECTS = ['whoosh', 'hit', 'riser', 'pop', 'glitch', 'shutter', 'swoosh'] as const;
export type SoundEffect = (typeof SOUND_EFFECTS)[number];

export const soundEffectSchema = z.enum([...SOUND_EFFECTS, 'none']).describe('whoosh, hit, riser, pop, glitch, shutter (camera), swoosh; none: silent');
export type SoundEffectChoice = z.infer<typeof soundEffectSchema>;
