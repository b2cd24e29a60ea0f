import type React from 'react';
import { useMemo } from 'react';
import { Audio, Sequence, useVideoConfig } from 'remotion';
import type { CaptionWord } from '../captions/caption-word-schema.js';
import { duckUnderSpeech, speechSpansOf } from '../shared/duck-under-speech.js';
import type { InterruptSounds as InterruptSoundsSettings, ScheduledInterrupt } from './interrupt-schema.js';
import type { SoundEffect } from './sound-effects.js';
import { soundOfInterrupt } from './sound-of-interrupt.js';
import glitch from './sounds/glitch.wav';
import hit from './sounds/hit.wav';
import pop from './sounds/pop.wav';
import riser from './sounds/riser.wav';
import shutter from './sounds/shutter.wav';
import swoosh from './sounds/swoosh.wav';
import whoosh from './sounds/whoosh.wav';

// The files ship inside the bundle, like the fonts: nothing is fetched at render time.
const SOUND_URLS: Record<SoundEffect, string> = { glitch, hit, pop, riser, shutter, swoosh, whoosh };

/** The first frame whose time is at or after `ms`: the frame the interrupt's picture starts on (as InterruptLayer counts). */
const firstFrameAt = (ms: number, fps: number) => Math.ceil((ms / 1000) * fps - 1e-9);

/**
 * One sound effect per interrupt, starting on the interrupt's first frame, at `volume`, ducked to `duckTo` while words
 * are spoken so the voice stays on top. Mounted outside WithInterrupts: a speed ramp's <Freeze> would mute it.
 */
export const InterruptSounds: React.FC<{ interrupts: readonly ScheduledInterrupt[]; sounds: InterruptSoundsSettings; words: readonly CaptionWord[] }> = ({
	interrupts,
	sounds,
	words,
}) => {
	const { fps } = useVideoConfig();
	const spans = useMemo(() => speechSpansOf(words), [words]);
	return (
		<>
			{interrupts.map((interrupt) => {
				const sound = soundOfInterrupt(interrupt, sounds);
				if (!sound) return null;
				const from = firstFrameAt(interrupt.atMs, fps);
				return (
					<Sequence key={`${interrupt.kind}:${interrupt.atMs}`} from={from} name={`Sound: ${sound}`} layout="none">
						<Audio src={SOUND_URLS[sound]} volume={(frame) => sounds.volume * duckUnderSpeech(((from + frame) / fps) * 1000, spans, sounds.duckTo)} />
					</Sequence>
				);
			})}
		</>
	);
};
