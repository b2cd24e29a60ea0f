import fs from 'node:fs';
import path from 'node:path';
import { SOUND_EFFECTS } from '../compositions/interrupts/sound-effects.js';
import { SOUND_EFFECT_SAMPLE_RATE, synthesizeSoundEffect } from '../compositions/interrupts/sounds/synthesize-sound-effect.js';
import { wavBytesOf } from '../compositions/interrupts/sounds/wav-bytes-of.js';
import { projectRoot } from '../core/db/project-root.js';

/**
 * Writes the interrupt sound effects that ship with Reelforge (compositions/interrupts/sounds/<id>.wav). They are made
 * by arithmetic in synthesize-sound-effect.ts, nothing recorded or downloaded, so they are the project's own work.
 * Run after changing a recipe: node --import tsx scripts/make-sound-effects.ts
 */
const dir = path.join(projectRoot, 'compositions', 'interrupts', 'sounds');
for (const id of SOUND_EFFECTS) {
	const file = path.join(dir, `${id}.wav`);
	fs.writeFileSync(file, wavBytesOf(synthesizeSoundEffect(id), SOUND_EFFECT_SAMPLE_RATE));
	console.log(`${path.relative(projectRoot, file)} ${fs.statSync(file).size} bytes`);
}
