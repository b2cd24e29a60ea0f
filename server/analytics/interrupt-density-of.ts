import type { InterruptSchedule } from '../../compositions/interrupts/interrupt-schema.js';
import { scheduleInterrupts } from '../../compositions/interrupts/schedule-interrupts.js';
import { validateTemplateProps } from '../../core/templates/validate-template-props.js';

export type InterruptDensity = { perMinute: number | null; bucket: 'none' | 'low' | 'medium' | 'high' | 'unknown' };

/** Buckets by interrupts per minute: under one per 5 s is low, up to one per 2.5 s medium, more is high. */
const bucketOf = (perMinute: number): InterruptDensity['bucket'] => (perMinute === 0 ? 'none' : perMinute < 12 ? 'low' : perMinute <= 24 ? 'medium' : 'high');

/**
 * How often a render's pattern interrupts fire, computed with the same scheduler the composition draws with, from its
 * props (defaults filled) and its length. Words come from the captions in the props; narrated renders whose words
 * arrive with the voiceover count only what the props say. 'unknown' when the props no longer validate.
 */
export const interruptDensityOf = (render: { template: string; props: unknown; fps: number | null; durationInFrames: number | null }): InterruptDensity => {
	const validation = validateTemplateProps(render.template, render.props);
	if (!validation.ok || !render.fps || !render.durationInFrames) return { perMinute: null, bucket: 'unknown' };
	const schedule = validation.props.interrupts as InterruptSchedule | undefined;
	const durationMs = (render.durationInFrames / render.fps) * 1000;
	const words = ((validation.props.captions as { words?: { startMs: number; endMs: number; emphasis?: boolean }[] } | undefined)?.words ?? []).map((word) => ({
		startMs: word.startMs,
		endMs: word.endMs,
		emphasis: word.emphasis,
	}));
	// captioned-clip predates the interrupt layer: its zoom punches (explicit, and on emphasised words) are its interrupts.
	const count = schedule
		? scheduleInterrupts(schedule, { durationMs, words }).length
		: ((validation.props.zoomPunches as unknown[] | undefined)?.length ?? 0) +
			(validation.props.punchOnEmphasis === true ? words.filter((word) => word.emphasis).length : 0);
	const perMinute = Math.round((count / (durationMs / 60_000)) * 10) / 10;
	return { perMinute, bucket: bucketOf(perMinute) };
};
