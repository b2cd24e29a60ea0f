import type { ScheduledInterrupt } from '../../../compositions/interrupts/interrupt-schema.js';

const EXPLICIT_KEYS = ['kind', 'intensity', 'durationMs', 'easing', 'emoji', 'color', 'direction', 'src', 'trimStartMs', 'sound'] as const;

/**
 * The interrupts prop after moving one interrupt to `atMs`. The scheduled interrupts become explicit ones (mode
 * "explicit", each as it was drawn), so moving one keeps every other where the creator saw it.
 */
export const moveInterrupt = (
	schedule: Record<string, unknown>,
	scheduled: readonly ScheduledInterrupt[],
	index: number,
	atMs: number,
): Record<string, unknown> => ({
	...schedule,
	mode: 'explicit',
	times: scheduled
		.map((interrupt, position) => {
			const time: Record<string, unknown> = { atMs: Math.max(0, Math.round(position === index ? atMs : interrupt.atMs)) };
			for (const key of EXPLICIT_KEYS) {
				const value = (interrupt as Record<string, unknown>)[key];
				if (value !== undefined) time[key] = value;
			}
			return time;
		})
		.sort((a, b) => (a.atMs as number) - (b.atMs as number)),
});
