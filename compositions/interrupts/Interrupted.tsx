import type React from 'react';
import { useMemo } from 'react';
import { AbsoluteFill, useVideoConfig } from 'remotion';
import type { CaptionWord } from '../captions/caption-word-schema.js';
import { InterruptSounds } from './InterruptSounds.js';
import type { InterruptSchedule } from './interrupt-schema.js';
import { scheduleInterrupts } from './schedule-interrupts.js';
import { WithInterrupts } from './WithInterrupts.js';

/**
 * Schedules a template's pattern interrupts from its words and applies them to `children` (the picture), with the
 * overlays (flash, emoji, B-roll) on top (drawn by WithInterrupts), and each interrupt's sound effect. Captions and the soundtrack stay outside,
 * so they stay readable and in sync.
 */
export const Interrupted: React.FC<{ schedule: InterruptSchedule; words: readonly CaptionWord[]; children: React.ReactNode }> = ({
	schedule,
	words,
	children,
}) => {
	const { durationInFrames, fps } = useVideoConfig();
	const interrupts = useMemo(
		() => scheduleInterrupts(schedule, { durationMs: (durationInFrames / fps) * 1000, words }),
		[schedule, words, durationInFrames, fps],
	);
	return (
		<AbsoluteFill>
			{/* WithInterrupts draws the overlays (flash, emoji, B-roll) over the moved picture itself: once, not twice. */}
			<WithInterrupts interrupts={interrupts}>{children}</WithInterrupts>
			<InterruptSounds interrupts={interrupts} sounds={schedule.sounds} words={words} />
		</AbsoluteFill>
	);
};
